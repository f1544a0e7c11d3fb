package no.ipt.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The business identity of a framework agreement: the number of the procurement case it came from
 * plus "-A" and a running number, e.g. {@code IPT-2026-00042-A1}. One case may end in several
 * agreements (e.g. after a re-tender), so the case number alone is not enough.
 */
@Embeddable
public class AgreementNumber implements Serializable {

    private static final Pattern FORM = Pattern.compile("(IPT-\\d{4}-\\d{5,})-A([1-9]\\d*)");

    @Column(name = "agreement_number", length = 40, nullable = false, unique = true, updatable = false)
    private String value;

    protected AgreementNumber() {
        // for JPA
    }

    public AgreementNumber(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainRuleViolation("invalid-agreement-number", "agreementNumber",
                    "An agreement number looks like IPT-2026-00042-A1 (got '" + value + "')");
        }
        this.value = value;
    }

    /** The {@code sequence}th agreement from {@code caseNumber}, counting from 1. */
    public static AgreementNumber of(CaseNumber caseNumber, int sequence) {
        if (caseNumber == null) {
            throw new DomainRuleViolation("missing-case-number", "caseNumber", "Fill in case number");
        }
        if (sequence < 1) {
            throw new DomainRuleViolation("invalid-agreement-number", "agreementNumber",
                    "Agreements of a case are numbered from 1 (got " + sequence + ")");
        }
        return new AgreementNumber(caseNumber.value() + "-A" + sequence);
    }

    public String value() {
        return value;
    }

    /** The procurement case the agreement came from. */
    public CaseNumber caseNumber() {
        var matcher = FORM.matcher(value);
        matcher.matches();
        return new CaseNumber(matcher.group(1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementNumber other && Objects.equals(value, other.value);
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
