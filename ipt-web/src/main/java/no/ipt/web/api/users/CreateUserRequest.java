package no.ipt.web.api.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/users}; roles by group name, e.g. {@code ["procurement-officer"]}. */
public class CreateUserRequest extends UserFields {

    @NotBlank
    @Size(max = 64)
    public String username;

    @NotNull
    @Size(max = 128)
    public String password;
}
