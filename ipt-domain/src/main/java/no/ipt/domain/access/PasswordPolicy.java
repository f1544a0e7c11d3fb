package no.ipt.domain.access;

import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The minimum a password must meet when an admin sets one: 12 to 128 characters, at least 6
 * different characters, and not containing the username. Length beats composition rules (NIST SP
 * 800-63B), so there are no "one digit, one symbol" rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 6;

    private PasswordPolicy() {
    }

    /** Throws a {@link DomainRuleViolation} on the field {@code password} when the password is too weak. */
    public static void check(String username, char[] password) {
        if (password == null || password.length == 0) {
            throw new DomainRuleViolation("missing-password", "password", "Fill in a password");
        }
        String text = new String(password);
        if (text.isBlank() || text.length() < MIN_LENGTH) {
            throw new DomainRuleViolation("password-too-short", "password",
                    "A password has at least " + MIN_LENGTH + " characters");
        }
        if (text.length() > MAX_LENGTH) {
            throw new DomainRuleViolation("password-too-long", "password",
                    "A password has at most " + MAX_LENGTH + " characters");
        }
        if (text.chars().distinct().count() < MIN_DISTINCT) {
            throw new DomainRuleViolation("password-too-simple", "password",
                    "A password has at least " + MIN_DISTINCT + " different characters");
        }
        if (username != null && text.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new DomainRuleViolation("password-contains-username", "password",
                    "A password must not contain the username");
        }
    }
}
