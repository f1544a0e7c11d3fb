package no.ipt.domain.procurement;

/**
 * The caller worked on an older version of the case than the one stored: somebody else changed it
 * in the meantime. Nothing of the caller's change may be kept; the interface answers 409.
 */
public class StaleCaseException extends RuntimeException {

    private final CaseNumber caseNumber;
    private final long expectedVersion;
    private final long actualVersion;

    public StaleCaseException(CaseNumber caseNumber, long expectedVersion, long actualVersion) {
        super("Case " + caseNumber + " was changed by someone else (you had version " + expectedVersion
                + ", it is now version " + actualVersion + "). Reload the case and try again.");
        this.caseNumber = caseNumber;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
