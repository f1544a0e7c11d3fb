package no.ipt.web.api.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** JSON body of {@code POST /api/users/{username}/disable} and {@code /enable}: the version the admin saw. */
public class VersionRequest {

    @NotNull
    @PositiveOrZero
    public Long version;
}
