package no.ipt.web.api.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The fields of a user that an admin sets when creating and when changing one; roles by group name. */
public abstract class UserFields {

    @NotBlank
    @Size(max = 200)
    public String displayName;

    @NotEmpty
    @Size(max = 7)
    public Set<@NotBlank @Size(max = 40) String> roles;

    @Size(max = 4)
    public String municipalityNumber;

    @Size(max = 200)
    public String pilotName;

    @Size(max = 9)
    public String farmOrganisationNumber;
}
