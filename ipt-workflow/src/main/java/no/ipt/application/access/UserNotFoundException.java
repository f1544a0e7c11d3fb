package no.ipt.application.access;

import no.ipt.application.shared.NotFoundException;

/** No user with that username exists (or the admin may not see it). Interfaces answer 404. */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(String username) {
        super("No user '" + username + "'");
    }
}
