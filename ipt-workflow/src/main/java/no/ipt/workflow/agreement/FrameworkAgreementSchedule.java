package no.ipt.workflow.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * What the framework-agreement model asks the aggregate by name ({@code ${frameworkAgreementSchedule...}}):
 * the number of the agreement just registered, the dates of its timers – the expiry notice (the
 * configured months before the current end, moved by each option exercised) and the day after the
 * current end – and expiring it when that day has come.
 */
@Named("frameworkAgreementSchedule")
@ApplicationScoped
public class FrameworkAgreementSchedule {

    private FrameworkAgreementRepository agreements;
    private FrameworkAgreementSettings settings;
    private Clock clock;

    @Inject
    public FrameworkAgreementSchedule(FrameworkAgreementRepository agreements, FrameworkAgreementSettings settings) {
        this(agreements, settings, Clock.system(AgreementDates.ZONE));
    }

    public FrameworkAgreementSchedule(FrameworkAgreementRepository agreements, FrameworkAgreementSettings settings,
                                      Clock clock) {
        this.agreements = agreements;
        this.settings = settings;
        this.clock = clock;
    }

    protected FrameworkAgreementSchedule() {
        // for CDI proxies
    }

    /** The number of the case's active agreement, as registered by the officer's form. */
    public String registeredAgreement(String caseNumber) {
        return CaseAgreements.latest(agreements, new CaseNumber(caseNumber))
                .filter(a -> a.status() == AgreementStatus.ACTIVE)
                .orElseThrow(() -> new DomainRuleViolation("missing-agreement", "agreementNumber",
                        "Case " + caseNumber + " has no active framework agreement"))
                .agreementNumber().value();
    }

    /** When "extend or re-tender" is due: {@code ipt.agreement.expiry-notice} before the current end. */
    public Date expiryNoticeDate(String agreementNumber) {
        return AgreementDates.startOf(agreement(agreementNumber).expiryNoticeDate(settings.getExpiryNoticeMonths()));
    }

    /** The first day after the agreement's current end, when it may expire. */
    public Date endDate(String agreementNumber) {
        return AgreementDates.startOf(agreement(agreementNumber).currentEnd().plusDays(1));
    }

    /** Marks the agreement as run out; the agreement refuses before its current end. */
    public void expire(String agreementNumber) {
        FrameworkAgreement agreement = agreement(agreementNumber);
        agreement.expire(LocalDate.now(clock));
        agreements.store(agreement);
    }

    private FrameworkAgreement agreement(String agreementNumber) {
        return CaseAgreements.require(agreements, agreementNumber);
    }
}
