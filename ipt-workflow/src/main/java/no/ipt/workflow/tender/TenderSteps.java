package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.ipt.domain.tender.Announcement;
import no.ipt.domain.tender.Complaint;
import no.ipt.domain.tender.RankedOffer;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The tender model's service tasks ({@code ${tenderSteps.award(execution)}} …): each loads the case's
 * tender, calls one domain method, stores it and, where the model needs it, sets a variable.
 */
@Named("tenderSteps")
@ApplicationScoped
@Transactional
public class TenderSteps {

    static final String DEFAULT_CANCELLATION_REASON = "Avlyst etter vedtak i styringsgruppa";

    private TenderRepository tenders;
    private Clock clock;

    @Inject
    public TenderSteps(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public TenderSteps(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    protected TenderSteps() {
        // for CDI proxies
    }

    /** Sets {@code tenderReference} once the tender documents are stored. */
    public void recordReference(DelegateExecution execution) {
        execution.setVariable(TenderProcess.TENDER_REFERENCE, tender(execution).reference().value());
    }

    /** Opens a competition that needs no announcement (a direct purchase): by invitation, today. */
    public void openWithoutNotice(DelegateExecution execution) {
        Tender tender = tender(execution);
        tender.announce(new Announcement(null, LocalDate.now(clock)));
        tenders.store(tender);
    }

    /** The offer deadline has passed: no more offers. */
    public void closeOffers(DelegateExecution execution) {
        Tender tender = tender(execution);
        tender.closeOffers(clock.instant());
        tenders.store(tender);
    }

    /** The evaluators named in qualification, as the collection of the scoring task. */
    public List<String> evaluatorsOf(String evaluators) {
        return evaluators == null ? List.of() : Arrays.stream(evaluators.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The steering group approved: the evaluation is complete and the contract goes to the best
     * {@code suppliers} offers; sets {@code awardedFarms} (organisation numbers in rank order, comma separated).
     */
    public void award(DelegateExecution execution) {
        Tender tender = tender(execution);
        tender.completeEvaluation();
        List<RankedOffer> awarded = tender.award(((Number) execution.getVariable(TenderProcess.SUPPLIERS)).intValue(),
                LocalDate.now(clock));
        tenders.store(tender);
        execution.setVariable(TenderProcess.AWARDED_FARMS,
                awarded.stream().map(r -> r.bidder().value()).collect(Collectors.joining(",")));
    }

    /** Cancels the tender today with the reason given (the steering group's comment) or a standard one. */
    public void cancel(DelegateExecution execution, String reason) {
        Tender tender = tender(execution);
        tender.cancel(LocalDate.now(clock), reason == null || reason.isBlank() ? DEFAULT_CANCELLATION_REASON : reason);
        tenders.store(tender);
    }

    /** Records the complaint the {@code TenderComplaint} message brought; sets {@code complaintNumber}. */
    public void receiveComplaint(DelegateExecution execution) {
        Tender tender = tender(execution);
        Complaint complaint = tender.receiveComplaint(
                LocalDate.parse((String) execution.getVariable(TenderProcess.COMPLAINT_RECEIVED_ON)),
                (String) execution.getVariable(TenderProcess.COMPLAINT_TEXT));
        tenders.store(tender);
        execution.setVariable(TenderProcess.COMPLAINT_NUMBER, complaint.number());
    }

    private Tender tender(DelegateExecution execution) {
        return CurrentTender.of(tenders, (String) execution.getVariable(TenderProcess.CASE_NUMBER));
    }
}
