package no.ipt.application.access;

/** No user with that username exists (or the admin may not see it). Interfaces answer 404. */
public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(String username) {
        super("No user '" + username + "'");
    }
}
