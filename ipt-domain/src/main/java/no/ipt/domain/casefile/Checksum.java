package no.ipt.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a document's bytes, as 64 lower-case hex digits; it shows when stored bytes have changed. */
@Embeddable
public class Checksum implements Serializable {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String value;

    protected Checksum() {
        // for JPA
    }

    public Checksum(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A SHA-256 checksum is 64 lower-case hex digits, got '" + value + "'");
        }
        this.value = value;
    }

    public static Checksum of(byte[] content) {
        try {
            return new Checksum(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public boolean matches(byte[] content) {
        return equals(of(content));
    }

    public String value() {
        return value;
    }

    /** The checksum as base64, the form of an HTTP {@code Repr-Digest}/{@code Digest} header's {@code sha-256}. */
    public String base64() {
        return java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checksum other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
