package no.ipt.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * How often an approved farm must audit itself and be audited by a KSL auditor to keep its
 * approval (since 2012: every 12 and every 24 months). The scheme's rules can change, so the
 * intervals come from configuration and are kept with each approval that was granted under them.
 */
@Embeddable
public class AuditSchedule implements Serializable {

    public static final int MAX_MONTHS = 60;

    @Min(1)
    @Max(MAX_MONTHS)
    @Column(name = "self_audit_interval_months", nullable = false)
    private int selfAuditMonths;

    @Min(1)
    @Max(MAX_MONTHS)
    @Column(name = "external_audit_interval_months", nullable = false)
    private int externalAuditMonths;

    protected AuditSchedule() {
        // for JPA
    }

    public AuditSchedule(int selfAuditMonths, int externalAuditMonths) {
        this.selfAuditMonths = requireMonths(selfAuditMonths, "selfAuditMonths");
        this.externalAuditMonths = requireMonths(externalAuditMonths, "externalAuditMonths");
    }

    private static int requireMonths(int months, String field) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new DomainRuleViolation("invalid-audit-interval", field,
                    "An audit interval is 1 to " + MAX_MONTHS + " months (got " + months + ")");
        }
        return months;
    }

    public LocalDate nextSelfAuditAfter(LocalDate lastSelfAudit) {
        return lastSelfAudit.plusMonths(selfAuditMonths);
    }

    public LocalDate nextExternalAuditAfter(LocalDate lastExternalAudit) {
        return lastExternalAudit.plusMonths(externalAuditMonths);
    }

    public int selfAuditMonths() {
        return selfAuditMonths;
    }

    public int externalAuditMonths() {
        return externalAuditMonths;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditSchedule other && selfAuditMonths == other.selfAuditMonths
                && externalAuditMonths == other.externalAuditMonths;
    }

    @Override
    public int hashCode() {
        return 31 * selfAuditMonths + externalAuditMonths;
    }

    @Override
    public String toString() {
        return "self-audit every " + selfAuditMonths + " months, external audit every " + externalAuditMonths
                + " months";
    }
}
