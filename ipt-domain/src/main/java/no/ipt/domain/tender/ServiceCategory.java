package no.ipt.domain.tender;

/**
 * Whether the service is a health and social service in the sense of the regulation's appendix
 * (decided by its CPV code, chosen by the officer): such services have a much higher threshold and
 * their own procedure rules (FOA chapter 30).
 */
public enum ServiceCategory {
    HEALTH_AND_SOCIAL,
    OTHER
}
