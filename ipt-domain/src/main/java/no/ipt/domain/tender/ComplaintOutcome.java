package no.ipt.domain.tender;

/** How the buyer handled a complaint. */
public enum ComplaintOutcome {
    /** The buyer agrees and corrects the error: an award decision is set aside and evaluation reopens. */
    UPHELD,
    DISMISSED
}
