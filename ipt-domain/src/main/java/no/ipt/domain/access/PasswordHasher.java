package no.ipt.domain.access;

/**
 * Hashes and verifies passwords. The implementation is the platform's PBKDF2 hasher (Jakarta
 * Security's {@code Pbkdf2PasswordHash}); the domain only ever sees hashes.
 */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
