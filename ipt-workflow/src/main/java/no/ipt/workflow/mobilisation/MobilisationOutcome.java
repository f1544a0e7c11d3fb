package no.ipt.workflow.mobilisation;

/** How supplier mobilisation ended: the process variable {@code mobilisationOutcome} the main process routes on. */
public enum MobilisationOutcome {
    /** The market dialogue reached its target of interested farms. */
    ENOUGH_INTEREST,
    /** Too little interest, but the project lead decided to go on with the farms there are. */
    CONTINUE_ANYWAY,
    /** Too little interest, and the project lead stopped the case. */
    STOPPED
}
