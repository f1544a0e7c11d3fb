package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.followup.CorrectiveAction;
import no.ipt.domain.followup.Deviation;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.agreement.AgreementDates;

/**
 * What the follow-up model asks the aggregate by name ({@code ${followUpSchedule...}}): the number
 * of the deviation just reported, the earliest deadline among its open corrective actions, and the
 * day its follow-up task is escalated – the day after that deadline or, when every action is done
 * but the deviation is still open, {@code ipt.follow-up.deviation-close-reminder} from today.
 */
@Named("followUpSchedule")
@ApplicationScoped
public class FollowUpSchedule {

    private FollowUpRepository followUps;
    private FollowUpSettings settings;
    private Clock clock;

    @Inject
    public FollowUpSchedule(FollowUpRepository followUps, FollowUpSettings settings) {
        this(followUps, settings, Clock.system(AgreementDates.ZONE));
    }

    public FollowUpSchedule(FollowUpRepository followUps, FollowUpSettings settings, Clock clock) {
        this.followUps = followUps;
        this.settings = settings;
        this.clock = clock;
    }

    protected FollowUpSchedule() {
        // for CDI proxies
    }

    /** The number of the agreement's latest deviation, as the officer's form reported it. */
    public int latestDeviationNumber(String agreementNumber) {
        return followUp(agreementNumber).deviations().stream().mapToInt(Deviation::number).max()
                .orElseThrow(() -> new DomainRuleViolation("unknown-deviation", "deviationNumber",
                        "The follow-up of " + agreementNumber + " has no deviation"));
    }

    /** The earliest deadline among the deviation's corrective actions not yet done. */
    public Optional<LocalDate> earliestOpenActionDeadline(String agreementNumber, int deviationNumber) {
        return followUp(agreementNumber).deviation(deviationNumber).actions().stream()
                .filter(a -> !a.isDone()).map(CorrectiveAction::deadline).min(LocalDate::compareTo);
    }

    /** When the deviation's follow-up task is escalated to the project lead: see the class comment. */
    public Date actionOverdueFrom(String agreementNumber, int deviationNumber) {
        return AgreementDates.startOf(earliestOpenActionDeadline(agreementNumber, deviationNumber)
                .map(deadline -> deadline.plusDays(1))
                .orElseGet(() -> LocalDate.now(clock).plus(settings.deviationCloseReminder())));
    }

    private FollowUp followUp(String agreementNumber) {
        AgreementNumber number = new AgreementNumber(agreementNumber);
        return followUps.find(number).orElseThrow(() -> new DomainRuleViolation("unknown-follow-up",
                "agreementNumber", "Agreement " + number + " is not followed up yet"));
    }
}
