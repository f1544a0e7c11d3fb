/**
 * The framework-agreement stage (rammeavtale, lifecycle stage 5): the forms of the user tasks of
 * {@code processes/framework-agreement/framework-agreement.bpmn} (register the agreement, place
 * call-offs, extend or re-tender, terminate), the settings the model reads and the named bean that
 * computes its timer dates from the {@link no.ipt.domain.agreement.FrameworkAgreement} aggregate.
 * Form field parsing shared with the follow-up stage lives in {@link no.ipt.workflow.agreement.FormFields}.
 */
package no.ipt.workflow.agreement;
