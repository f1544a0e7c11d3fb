/**
 * The tender stage (konkurranse): the forms of the user tasks of
 * {@code processes/tender/tender.bpmn} (process {@code ipt-tender}), the named beans its expressions
 * call ({@code tenderSettings}, {@code tenderDeadlines}, {@code tenderSteps}) and the names the model
 * and the forms share ({@link no.ipt.workflow.tender.TenderProcess}). The rules are the
 * {@link no.ipt.domain.tender.Tender} aggregate's; the procedure comes from
 * {@code processes/tender/procurement-procedure.dmn}.
 */
package no.ipt.workflow.tender;
