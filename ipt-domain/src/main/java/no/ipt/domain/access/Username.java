package no.ipt.domain.access;

import java.util.regex.Pattern;
import no.ipt.domain.shared.DomainRuleViolation;

/** Checks the form of a username: 2–64 lower-case letters, digits, dot, dash or underscore. */
public final class Username {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private Username() {
    }

    public static String require(String username) {
        if (username == null || !FORM.matcher(username).matches()) {
            throw new DomainRuleViolation("invalid-username", "username",
                    "A username has 2–64 lower-case letters, digits, '.', '-' or '_' (got '" + username + "')");
        }
        return username;
    }
}
