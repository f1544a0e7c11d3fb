/**
 * Who may use IPT and what they may see: user accounts with their roles (which are also the
 * candidate groups of the BPMN user tasks) and the municipality (tenant) or pilot they belong to.
 */
package no.ipt.domain.access;
