package no.ipt.application.access;

import java.util.Set;

/** What an admin gives to create a user: roles by their group names, affiliation as the roles need it. */
public record NewUser(String username, String displayName, String password, Set<String> roles,
                      String municipalityNumber, String pilotName, String farmOrganisationNumber) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", roles " + roles + "]";
    }
}
