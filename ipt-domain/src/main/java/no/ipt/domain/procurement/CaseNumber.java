package no.ipt.domain.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The business identity of a procurement case, e.g. {@code IPT-2026-00042}. It is the business key
 * of every process instance that works on the case.
 */
@Embeddable
public class CaseNumber implements Serializable {

    private static final Pattern FORM = Pattern.compile("IPT-\\d{4}-\\d{5,}");

    @Column(name = "case_number", length = 32, nullable = false, unique = true, updatable = false)
    private String value;

    protected CaseNumber() {
        // for JPA
    }

    public CaseNumber(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainRuleViolation("invalid-case-number", "caseNumber",
                    "A case number looks like IPT-2026-00042 (got '" + value + "')");
        }
        this.value = value;
    }

    public static CaseNumber of(int year, long sequence) {
        return new CaseNumber(String.format("IPT-%04d-%05d", year, sequence));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseNumber other && Objects.equals(value, other.value);
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
