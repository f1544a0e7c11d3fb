/**
 * A municipality's own verification (godkjenning) of a farm it wants to use: the national approval
 * scheme's status as the municipality has recorded it, the document checklists of KSL chapter 11
 * (one for the farm, one per activity), the site visit, the municipality's decision with its
 * conditions, and the yearly self-audit and second-yearly external audit that keep an approval valid.
 */
package no.ipt.domain.approval;
