package no.ipt.domain.procurement;

/** The stages of the procurement lifecycle, in order. */
public enum Stage {
    NEEDS_ASSESSMENT,
    SUPPLIER_MOBILISATION,
    FARM_APPROVAL,
    TENDER,
    FRAMEWORK_AGREEMENT,
    FOLLOW_UP;

    /** The stage after this one; follow-up is the last and has none. */
    public java.util.Optional<Stage> next() {
        Stage[] all = values();
        return ordinal() + 1 < all.length ? java.util.Optional.of(all[ordinal() + 1]) : java.util.Optional.empty();
    }
}
