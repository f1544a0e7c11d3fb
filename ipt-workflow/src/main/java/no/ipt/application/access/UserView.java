package no.ipt.application.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** A user account as admins see it: everything but the password hash. Roles by their group names. */
public record UserView(String username, String displayName, boolean enabled, List<String> roles,
                       String municipalityNumber, String pilotName, String farmOrganisationNumber, Instant createdAt,
                       long version) implements Serializable {

    public static UserView of(UserAccount account) {
        return new UserView(account.username(), account.displayName(), account.isEnabled(),
                account.roles().stream().map(Role::group).sorted().toList(),
                account.municipality().map(MunicipalityNumber::value).orElse(null), account.pilotName().orElse(null),
                account.farm().map(OrganisationNumber::value).orElse(null), account.createdAt(), account.version());
    }

    /** The state the audit trail records before and after a change; never a password or its hash. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("enabled", enabled);
        state.put("roles", String.join(",", roles));
        state.put("municipalityNumber", municipalityNumber);
        state.put("pilotName", pilotName);
        state.put("farmOrganisationNumber", farmOrganisationNumber);
        return state;
    }
}
