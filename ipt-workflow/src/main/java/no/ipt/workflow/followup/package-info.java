/**
 * The follow-up stage (oppfølging, lifecycle stage 6): the forms of the user tasks of
 * {@code processes/follow-up/follow-up.bpmn} (hold a follow-up meeting, report a deviation, follow up
 * its corrective actions, evaluate against the current service, decide the outcome), the settings
 * the model reads and the named bean that computes its timer dates from the
 * {@link no.ipt.domain.followup.FollowUp} aggregate.
 */
package no.ipt.workflow.followup;
