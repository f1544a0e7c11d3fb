package no.ipt.domain.approval;

/** The document topics of the KSL standard's chapter 11 checklists, for the farm and for each activity. */
public enum ChecklistTopic {
    LAWS_AND_PUBLIC_REQUIREMENTS,
    COMPETENCE_AND_PROFESSIONAL_UPDATING,
    PERSONAL_DATA_HANDLING,
    ANIMAL_SAFETY_ROUTINES,
    MACHINERY_SAFETY_ROUTINES,
    /** HMS: helse, miljø og sikkerhet. */
    HEALTH_ENVIRONMENT_AND_SAFETY
}
