package no.ipt.domain.followup;

/**
 * The roles that meet to follow up an agreement. Meetings record who came by role only: names
 * are not needed to follow up the agreement, and a user representative's name could reveal who
 * receives a service.
 */
public enum AttendeeRole {
    /** Innkjøper / bestiller. */
    PROCUREMENT_OFFICER,
    /** The municipal service that uses the places, e.g. the dementia team. */
    MUNICIPAL_SERVICE,
    /** The farm (tilbyder). */
    PROVIDER,
    /** A representative of the users or their next of kin (brukarrepresentant). */
    USER_REPRESENTATIVE,
    /** Styringsgruppe. */
    STEERING_GROUP,
    /** Prosjektleiar. */
    PROJECT_LEAD
}
