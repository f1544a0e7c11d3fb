package no.ipt.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Norwegian organisation number (organisasjonsnummer) from Brønnøysundregistrene: nine digits,
 * the last a modulus-11 check digit over the first eight. Guarding the check digit here catches
 * typing errors before they reach a register lookup or a contract.
 */
@Embeddable
public class OrganisationNumber implements Serializable {

    private static final Pattern FORM = Pattern.compile("\\d{9}");
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    @Column(name = "organisation_number", length = 9, nullable = false)
    private String value;

    protected OrganisationNumber() {
        // for JPA
    }

    public OrganisationNumber(String value) {
        String digits = value == null ? null : value.replace(" ", "");
        if (digits == null || !FORM.matcher(digits).matches()) {
            throw new DomainRuleViolation("invalid-organisation-number", "organisationNumber",
                    "An organisation number has exactly nine digits, e.g. 123456785 (got '" + value + "')");
        }
        Integer expected = checkDigitFor(digits.substring(0, 8));
        if (expected == null || expected != digits.charAt(8) - '0') {
            throw new DomainRuleViolation("invalid-organisation-number", "organisationNumber",
                    "The check digit of organisation number " + digits + " is wrong");
        }
        this.value = digits;
    }

    public static OrganisationNumber of(String value) {
        return new OrganisationNumber(value);
    }

    /**
     * The check digit for eight leading digits, or {@code null} when no check digit exists for
     * them (remainder 1): such prefixes are never issued.
     */
    public static Integer checkDigitFor(String firstEightDigits) {
        if (firstEightDigits == null || !firstEightDigits.matches("\\d{8}")) {
            throw new IllegalArgumentException("Eight digits expected, got '" + firstEightDigits + "'");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (firstEightDigits.charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? null : 11 - remainder;
    }

    public static boolean isValid(String value) {
        try {
            new OrganisationNumber(value);
            return true;
        } catch (DomainRuleViolation e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationNumber other && Objects.equals(value, other.value);
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
