/**
 * The steering-group decision point between stages: its model is
 * {@code processes/steering-decision/steering-decision.bpmn}; members vote through the decision API.
 */
package no.ipt.workflow.decisions;
