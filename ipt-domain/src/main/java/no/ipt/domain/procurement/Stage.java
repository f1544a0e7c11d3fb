package no.ipt.domain.procurement;

/** The stages of the procurement lifecycle, in order. */
public enum Stage {
    NEEDS_ASSESSMENT,
    SUPPLIER_MOBILISATION,
    FARM_APPROVAL,
    TENDER,
    FRAMEWORK_AGREEMENT,
    FOLLOW_UP
}
