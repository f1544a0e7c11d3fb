/**
 * The tender stage (konkurranse) of a procurement case: the procedure chosen by value and service
 * category (decided by the {@code procurement-procedure} DMN table, recorded here as a
 * {@link no.ipt.domain.tender.ProcedureChoice}), award criteria and weights, announcement,
 * deadlines, offers from farms, qualification, scoring and ranking, the award decision, the
 * standstill period and complaints. A {@link no.ipt.domain.tender.Tender} refers to its case by
 * case number and to bidders by organisation number.
 */
package no.ipt.domain.tender;
