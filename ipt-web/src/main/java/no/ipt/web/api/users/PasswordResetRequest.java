package no.ipt.web.api.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/users/{username}/password}: the new password and the version the admin saw. */
public class PasswordResetRequest {

    @NotNull
    @PositiveOrZero
    public Long version;

    @NotNull
    @Size(max = 128)
    public String password;
}
