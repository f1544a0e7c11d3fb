package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The dates the tender model's timers wait for, read from the case's {@link Tender}
 * ({@code ${tenderDeadlines.offerDeadline(caseNumber)}} …), and today's date for the procedure decision.
 */
@Named("tenderDeadlines")
@ApplicationScoped
@Transactional
public class TenderDeadlines {

    private TenderRepository tenders;
    private Clock clock;

    @Inject
    public TenderDeadlines(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public TenderDeadlines(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    protected TenderDeadlines() {
        // for CDI proxies
    }

    /**
     * Today in Norway, as the decision's {@code decisionDate} input: a transient value, so the engine
     * hands it to the DMN table as a date without storing it.
     */
    public TypedValue decisionDate() {
        return Variables.objectValue(LocalDate.now(clock), true).create();
    }

    /**
     * The end of the question period's last day (midnight in Norway), or the offer deadline when that
     * comes first (a deadline on the question period's last day closes the question period with it).
     */
    public Date questionPeriodEnds(String caseNumber) {
        Tender tender = CurrentTender.of(tenders, caseNumber);
        Date endOfLastDay = startOf(tender.questionPeriodEnd().orElseThrow(() -> missing("questionPeriodEnd")).plusDays(1));
        Date offerDeadline = Date.from(tender.offerDeadline().orElseThrow(() -> missing("offerDeadline")));
        return offerDeadline.before(endOfLastDay) ? offerDeadline : endOfLastDay;
    }

    public Date offerDeadline(String caseNumber) {
        return Date.from(CurrentTender.of(tenders, caseNumber).offerDeadline()
                .orElseThrow(() -> missing("offerDeadline")));
    }

    /** The start of the first day the contract may be signed: the day after the standstill period. */
    public Date firstSigningDate(String caseNumber) {
        return startOf(CurrentTender.of(tenders, caseNumber).firstSigningDate()
                .orElseThrow(() -> missing("biddersNotifiedOn")));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(Tender.ZONE).toInstant());
    }

    private static DomainRuleViolation missing(String field) {
        return new DomainRuleViolation("required", field, "The tender has no " + field + " yet");
    }
}
