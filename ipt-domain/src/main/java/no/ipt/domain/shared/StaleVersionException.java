package no.ipt.domain.shared;

/**
 * The caller edited an older version of an aggregate than the one stored: somebody else changed it
 * in the meantime. Nothing of the caller's change may be kept; interfaces answer 409.
 */
public class StaleVersionException extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;

    public StaleVersionException(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed by someone else (you had version " + expectedVersion + ", it is now version "
                + actualVersion + "). Reload it and try again.");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** Refuses to go on unless {@code expected} is the stored version of {@code what}. */
    public static void require(String what, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(what, expected, actual);
        }
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
