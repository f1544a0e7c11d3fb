package no.ipt.application.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import no.ipt.application.access.Caller;
import no.ipt.application.cases.VisibleCases;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.tender.Offer;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.tender.CurrentTender;

/**
 * What the evaluation forms of a case's tender under way are drawn from: its award criteria with
 * their weights and its offers (not withdrawn) with the bidder's name from the farm register. Read
 * only; the scores and decisions themselves go through the task forms. A case outside the caller's
 * municipalities is not found, as everywhere.
 */
@ApplicationScoped
@Transactional
public class TenderEvaluationService {

    private VisibleCases cases;
    private TenderRepository tenders;
    private FarmRepository farms;

    @Inject
    public TenderEvaluationService(VisibleCases cases, TenderRepository tenders, FarmRepository farms) {
        this.cases = cases;
        this.tenders = tenders;
        this.farms = farms;
    }

    protected TenderEvaluationService() {
        // for CDI proxies
    }

    /** The case's tender under way, or empty when it has none (not yet prepared, concluded or cancelled). */
    public Optional<TenderEvaluationView> current(Caller caller, String caseNumber) {
        ProcurementCase procurementCase = cases.load(caller, caseNumber);
        return CurrentTender.find(tenders, procurementCase.caseNumber()).map(this::view);
    }

    private TenderEvaluationView view(Tender tender) {
        return new TenderEvaluationView(tender.reference().value(), tender.status().name(),
                tender.awardCriteria().stream()
                        .map(c -> new TenderEvaluationView.Criterion(c.name(), c.weightPercent())).toList(),
                tender.offers().stream().filter(Offer::isActive).map(o -> new TenderEvaluationView.Bidder(
                        o.bidder().value(), farms.find(o.bidder()).map(Farm::displayName).orElse(null),
                        o.receivedAt(), o.qualification().name())).toList());
    }
}
