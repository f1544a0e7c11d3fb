/**
 * The procurement case (anskaffelsessak): the aggregate a municipality's purchase of an IPT service
 * revolves around, from needs assessment to follow-up. Its lifecycle is driven by the BPMN processes
 * in {@code ipt-workflow}, which refer to it by its {@link no.ipt.domain.procurement.CaseNumber}.
 */
package no.ipt.domain.procurement;
