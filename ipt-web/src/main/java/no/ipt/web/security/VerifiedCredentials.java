package no.ipt.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a password matched an account's hash, so that an API client
 * sending HTTP Basic credentials with every request does not pay a full PBKDF2 verification (about
 * 0.1 s of CPU) each time. What is remembered is an HMAC of the password under a key that exists only
 * in this node's memory, together with the stored hash it was checked against: a changed password
 * (new hash) or an expired entry means a full check again. Nothing here is needed by another node.
 */
final class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String passwordHash, byte[] passwordMac, Instant expires) {
    }

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    VerifiedCredentials(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password was verified against exactly this stored hash within the time to live. */
    synchronized boolean isKnown(String username, char[] password, String passwordHash) {
        Entry entry = entries.get(username);
        if (entry == null || clock.instant().isAfter(entry.expires()) || !entry.passwordHash().equals(passwordHash)) {
            return false;
        }
        return MessageDigest.isEqual(entry.passwordMac(), mac(password));
    }

    synchronized void remember(String username, char[] password, String passwordHash) {
        entries.put(username, new Entry(passwordHash, mac(password), clock.instant().plus(TIME_TO_LIVE)));
    }

    synchronized void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
