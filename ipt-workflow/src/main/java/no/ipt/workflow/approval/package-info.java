/**
 * The farm-approval stage (godkjenning): the forms of the user tasks of
 * {@code processes/farm-approval/farm-approval.bpmn} (process {@code ipt-farm-approval}, one instance
 * per candidate farm) and {@code processes/farm-approval/approval-keeping.bpmn} (process
 * {@code ipt-approval-keeping}, which watches the audits that keep an approval), the named bean
 * {@code farmApprovals} their timers and service tasks call, and the settings they read by name.
 */
package no.ipt.workflow.approval;
