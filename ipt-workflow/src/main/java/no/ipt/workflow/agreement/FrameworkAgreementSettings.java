package no.ipt.workflow.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import no.ipt.domain.agreement.TermLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the framework-agreement model and forms read by name ({@code ${frameworkAgreementSettings...}}):
 * how many months before the current end the "extend or re-tender" task is raised, the reminders of
 * its user tasks, and the legal basis text and advisory number of years that turn the tender's
 * {@code maxFrameworkYears} (a DMN output) into the agreement's {@link TermLimit}. All are
 * MicroProfile Config values, so an admin changes them when the law changes.
 */
@Named("frameworkAgreementSettings")
@ApplicationScoped
public class FrameworkAgreementSettings {

    private String expiryNotice;
    private int expiryNoticeMonths;
    private String registerReminder;
    private String renewalReminder;
    private String bindingLegalBasis;
    private String noMaximumLegalBasis;
    private int warnAboveYears;

    @Inject
    public FrameworkAgreementSettings(
            @ConfigProperty(name = "ipt.agreement.expiry-notice", defaultValue = "P3M") String expiryNotice,
            @ConfigProperty(name = "ipt.agreement.register-reminder", defaultValue = "P14D") String registerReminder,
            @ConfigProperty(name = "ipt.agreement.renewal-reminder", defaultValue = "P30D") String renewalReminder,
            @ConfigProperty(name = "ipt.agreement.legal-basis.binding",
                    defaultValue = "FOA § 11-1 (4) (del II) og § 26-1 (4) (del III), gjeld frå 14.03.2024")
            String bindingLegalBasis,
            @ConfigProperty(name = "ipt.agreement.legal-basis.no-maximum",
                    defaultValue = "Inga fast øvre grense i FOA del I eller kap. 30; hovudregelen elles er 4 år (FOA § 11-1 (4), § 26-1 (4))")
            String noMaximumLegalBasis,
            @ConfigProperty(name = "ipt.agreement.warn-above-years", defaultValue = "4") int warnAboveYears) {
        this.expiryNoticeMonths = months("ipt.agreement.expiry-notice", expiryNotice);
        this.expiryNotice = expiryNotice;
        this.registerReminder = duration("ipt.agreement.register-reminder", registerReminder);
        this.renewalReminder = duration("ipt.agreement.renewal-reminder", renewalReminder);
        this.bindingLegalBasis = bindingLegalBasis;
        this.noMaximumLegalBasis = noMaximumLegalBasis;
        // TermLimit guards the range of years and the legal basis text
        TermLimit.noMaximum(warnAboveYears, noMaximumLegalBasis);
        TermLimit.maximum(warnAboveYears, bindingLegalBasis);
        this.warnAboveYears = warnAboveYears;
    }

    protected FrameworkAgreementSettings() {
        // for CDI proxies
    }

    static String duration(String property, String value) {
        try {
            Duration.parse(value);
            return value;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 duration such as P14D, not '" + value + "'", e);
        }
    }

    private static int months(String property, String value) {
        try {
            Period period = Period.parse(value);
            if (period.getDays() != 0 || period.toTotalMonths() < 0) {
                throw new IllegalArgumentException(property + " must be whole months such as P3M, not '" + value + "'");
            }
            return Math.toIntExact(period.toTotalMonths());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 period such as P3M, not '" + value + "'", e);
        }
    }

    /**
     * The limit on the total term: a binding maximum of {@code maxFrameworkYears} when the procedure
     * decision gave one, otherwise no maximum with a warning above the advisory number of years.
     */
    public TermLimit termLimit(Integer maxFrameworkYears) {
        return maxFrameworkYears == null ? TermLimit.noMaximum(warnAboveYears, noMaximumLegalBasis)
                : TermLimit.maximum(maxFrameworkYears, bindingLegalBasis);
    }

    /**
     * The term limit as text, for the registering officer to see on the task. Takes the process
     * variable as it is: an expression would coerce a null Integer to 0.
     */
    public String describeTermLimit(Object maxFrameworkYears) {
        return termLimit(maxFrameworkYears == null ? null : Integer.valueOf(maxFrameworkYears.toString())).toString();
    }

    /** ISO-8601 period before the current end at which "extend or re-tender" is raised, e.g. {@code P3M}. */
    public String getExpiryNotice() {
        return expiryNotice;
    }

    public int getExpiryNoticeMonths() {
        return expiryNoticeMonths;
    }

    /** ISO-8601 duration after which an unregistered agreement is escalated, e.g. {@code P14D}. */
    public String getRegisterReminder() {
        return registerReminder;
    }

    /** ISO-8601 duration after which an undecided "extend or re-tender" is escalated, e.g. {@code P30D}. */
    public String getRenewalReminder() {
        return renewalReminder;
    }
}
