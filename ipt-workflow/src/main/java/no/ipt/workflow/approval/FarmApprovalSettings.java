package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import no.ipt.domain.approval.AuditSchedule;
import no.ipt.workflow.mobilisation.MobilisationSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the farm-approval models read by name ({@code ${farmApprovalSettings...}}): how long the
 * officer has for the site visit, how far ahead of its due date an audit task is raised, and the audit
 * intervals new approvals are granted under (the {@link AuditSchedule}; since 2012 every 12 and 24 months).
 */
@Named("farmApprovalSettings")
@ApplicationScoped
public class FarmApprovalSettings {

    private String siteVisitDue;
    private Duration auditLeadTime;
    private AuditSchedule auditSchedule;

    @Inject
    public FarmApprovalSettings(
            @ConfigProperty(name = "ipt.approval.site-visit-due", defaultValue = "P30D") String siteVisitDue,
            @ConfigProperty(name = "ipt.approval.audit-lead-time", defaultValue = "P30D") String auditLeadTime,
            @ConfigProperty(name = "ipt.approval.self-audit-interval", defaultValue = "P12M") String selfAuditInterval,
            @ConfigProperty(name = "ipt.approval.external-audit-interval", defaultValue = "P24M") String externalAuditInterval) {
        this.siteVisitDue = MobilisationSettings.requireDuration("ipt.approval.site-visit-due", siteVisitDue);
        this.auditLeadTime = Duration.parse(MobilisationSettings.requireDuration("ipt.approval.audit-lead-time", auditLeadTime));
        this.auditSchedule = new AuditSchedule(months("ipt.approval.self-audit-interval", selfAuditInterval),
                months("ipt.approval.external-audit-interval", externalAuditInterval));
    }

    protected FarmApprovalSettings() {
        // for CDI proxies
    }

    private static int months(String property, String value) {
        try {
            Period period = Period.parse(value);
            if (period.getDays() != 0) {
                throw new IllegalArgumentException(property + " is a whole number of months or years, not '" + value + "'");
            }
            return Math.toIntExact(period.toTotalMonths());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 period such as P12M, not '" + value + "'", e);
        }
    }

    /** ISO-8601 duration the site visit is due in, e.g. {@code P30D} (the task's due date). */
    public String getSiteVisitDue() {
        return siteVisitDue;
    }

    /** How long before an audit's due date its task is raised. */
    public Duration auditLeadTime() {
        return auditLeadTime;
    }

    /** The audit intervals a new approval is granted under. */
    public AuditSchedule auditSchedule() {
        return auditSchedule;
    }
}
