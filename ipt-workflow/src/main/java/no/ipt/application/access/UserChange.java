package no.ipt.application.access;

import java.util.Set;

/**
 * An admin's edit of a user's name, roles and affiliation, made on {@code version} of the account:
 * a stale version is refused.
 */
public record UserChange(long version, String displayName, Set<String> roles, String municipalityNumber,
                         String pilotName, String farmOrganisationNumber) {
}
