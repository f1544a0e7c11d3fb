package no.ipt.web.api.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** JSON body of {@code PUT /api/users/{username}}: the whole editable state, and the version it was read at. */
public class ChangeUserRequest extends UserFields {

    @NotNull
    @PositiveOrZero
    public Long version;
}
