package no.ipt.domain.procurement;

/** The service areas (tjenesteområder) an IPT service can belong to. */
public enum ServiceArea {
    /** Helse og omsorg, e.g. day places for people with dementia. */
    HEALTH_AND_CARE,
    /** Oppvekst og opplæring, incl. "the farm as a pedagogical resource". */
    SCHOOL_AND_UPBRINGING,
    /** Arbeidstrening, psykisk helse og rus, incl. NAV's "Grønt arbeid". */
    WORK_TRAINING_AND_MENTAL_HEALTH,
    /** Barnevern, incl. respite and visiting home. */
    CHILD_WELFARE,
    /** Integrering of resettled refugees. */
    INTEGRATION,
    /** Kriminalomsorg. */
    CORRECTIONS,
    /** Forebygging og folkehelse. */
    PREVENTION
}
