package no.ipt.web.api.users;

import java.time.Instant;
import java.util.List;
import no.ipt.application.access.UserView;

/** A user account as the API shows it (no password hash). */
public record UserDto(String username, String displayName, boolean enabled, List<String> roles,
                      String municipalityNumber, String pilotName, String farmOrganisationNumber, Instant createdAt,
                      long version) {

    static UserDto of(UserView v) {
        return new UserDto(v.username(), v.displayName(), v.enabled(), v.roles(), v.municipalityNumber(),
                v.pilotName(), v.farmOrganisationNumber(), v.createdAt(), v.version());
    }
}
