package no.ipt.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The business identity of a tender: the case number and the tender's number within the case,
 * e.g. {@code IPT-2026-00042-T1}. A case gets a second tender (T2) when the first is cancelled and
 * the service is tendered again.
 */
@Embeddable
public class TenderReference implements Serializable {

    private static final Pattern FORM = Pattern.compile("(IPT-\\d{4}-\\d{5,})-T([1-9]\\d{0,3})");
    private static final String SEPARATOR = "-T";

    @Column(name = "reference", length = 40, nullable = false, unique = true, updatable = false)
    private String value;

    protected TenderReference() {
        // for JPA
    }

    public TenderReference(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainRuleViolation("invalid-tender-reference", "tenderReference",
                    "A tender reference looks like IPT-2026-00042-T1 (got '" + value + "')");
        }
        this.value = value;
    }

    /** The {@code number}th tender of the case, counting from 1. */
    public static TenderReference of(CaseNumber caseNumber, int number) {
        if (caseNumber == null) {
            throw new DomainRuleViolation("missing-case-number", "caseNumber", "Fill in case number");
        }
        return new TenderReference(caseNumber.value() + SEPARATOR + number);
    }

    public CaseNumber caseNumber() {
        return new CaseNumber(value.substring(0, value.lastIndexOf(SEPARATOR)));
    }

    /** The tender's number within its case. */
    public int number() {
        return Integer.parseInt(value.substring(value.lastIndexOf(SEPARATOR) + SEPARATOR.length()));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenderReference other && Objects.equals(value, other.value);
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
