package no.ipt.domain.access;

/**
 * An admin edited an older version of the user account than the one stored: somebody else changed
 * it in the meantime. Nothing of the edit is kept; the interface answers 409.
 */
public class StaleUserAccountException extends RuntimeException {

    public StaleUserAccountException(String username, long expectedVersion, long actualVersion) {
        super("The user '" + username + "' was changed by someone else (you had version " + expectedVersion
                + ", it is now version " + actualVersion + "). Reload the user and try again.");
    }
}
