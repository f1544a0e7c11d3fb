/**
 * The needs-assessment stage (behovskartlegging): the forms of its user tasks. Its BPMN model is
 * {@code processes/needs-assessment/needs-assessment.bpmn}.
 */
package no.ipt.workflow.needs;
