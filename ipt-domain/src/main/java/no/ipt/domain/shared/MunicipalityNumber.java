package no.ipt.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Norwegian municipality number (kommunenummer): four digits with a leading zero where needed,
 * the first two being the county. Which numbers exist is reference data (SSB classification 131);
 * this value object only guards the form.
 */
@Embeddable
public class MunicipalityNumber implements Serializable {

    private static final Pattern FORM = Pattern.compile("\\d{4}");

    @Column(name = "municipality_number", length = 4, nullable = false)
    private String value;

    protected MunicipalityNumber() {
        // for JPA
    }

    public MunicipalityNumber(String value) {
        if (value == null || !FORM.matcher(value.strip()).matches()) {
            throw new DomainRuleViolation("invalid-municipality-number", "municipalityNumber",
                    "A municipality number has exactly four digits, e.g. 3303 (got '" + value + "')");
        }
        if (value.strip().startsWith("00")) {
            throw new DomainRuleViolation("invalid-municipality-number", "municipalityNumber",
                    "No county has the number 00 (got '" + value + "')");
        }
        this.value = value.strip();
    }

    public static MunicipalityNumber of(String value) {
        return new MunicipalityNumber(value);
    }

    public String value() {
        return value;
    }

    /** The two-digit county number the municipality belongs to. */
    public String countyNumber() {
        return value.substring(0, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MunicipalityNumber other && Objects.equals(value, other.value);
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
