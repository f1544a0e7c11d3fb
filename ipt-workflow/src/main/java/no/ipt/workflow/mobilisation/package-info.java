/**
 * The supplier-mobilisation stage (mobilisering av tilbydarar): the forms of the user tasks of
 * {@code processes/supplier-mobilisation/supplier-mobilisation.bpmn} (process {@code ipt-supplier-mobilisation}),
 * which write the case's {@link no.ipt.domain.mobilisation.MarketDialogue} and hand the model the
 * variables it routes on ({@code enoughInterest}, {@code candidateFarms}, {@code mobilisationOutcome}),
 * and the settings the model reads by name.
 */
package no.ipt.workflow.mobilisation;
