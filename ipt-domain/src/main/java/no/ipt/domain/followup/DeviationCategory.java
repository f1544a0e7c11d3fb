package no.ipt.domain.followup;

/** What a quality deviation (avvik) concerns, after the topics of the KSL checklists. */
public enum DeviationCategory {
    /** HMS: safety routines for animals, machinery, health and environment. */
    HEALTH_AND_SAFETY,
    /** The activity delivered differs from what was agreed. */
    SERVICE_CONTENT,
    /** Staffing and competence of the people on the farm. */
    STAFFING_AND_COMPETENCE,
    /** Handling of personal data. */
    PERSONAL_DATA,
    /** Transport to and from the farm. */
    TRANSPORT,
    /** Agreed days, places or reporting not kept. */
    AGREEMENT_TERMS,
    OTHER
}
