package no.ipt.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ipt.application.access.Caller;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.domain.access.Role;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.audit.AuditEvent;
import no.ipt.domain.audit.AuditTrail;
import no.ipt.domain.decision.DecisionPointRepository;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.project.ProjectPlanRepository;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.tender.TenderRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * What the case page shows besides the case itself: who did what and when, the farms involved and
 * the budget of the case's plan. Read only; the same visibility as the case's documents.
 */
@ApplicationScoped
@Transactional
public class CaseOverviewService {

    /** The most audited changes of a case the history reads. */
    static final int AUDIT_LIMIT = 200;

    /** Audited actions the history shows from their own source: the vote itself, the engine's completed task. */
    static final Set<String> SHOWN_OTHERWISE = Set.of("VOTE_CAST", "TASK_COMPLETED");

    @Inject
    CaseFileApplicationService caseFile;

    @Inject
    HistoryService historyService;

    @Inject
    DecisionPointRepository decisionPoints;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MarketDialogueRepository dialogues;

    @Inject
    TenderRepository tenders;

    @Inject
    FrameworkAgreementRepository agreements;

    @Inject
    FarmApprovalRepository approvals;

    @Inject
    FarmRepository farms;

    @Inject
    ProjectPlanRepository plans;

    /**
     * Newest first: the completed user tasks of every process instance of the case (its main process
     * and the stage processes it called share the case number as business key), the steering group's
     * votes and the audited changes of the case.
     */
    public List<HistoryEntry> history(Caller caller, String caseNumber) {
        ProcurementCase c = caseFile.load(caller, caseNumber);
        String key = c.caseNumber().value();
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance t : historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .finished().list()) {
            if (!"deleted".equals(t.getDeleteReason())) {
                entries.add(new HistoryEntry(t.getEndTime().toInstant(), t.getAssignee(), "TASK",
                        t.getTaskDefinitionKey(), t.getName()));
            }
        }
        decisionPoints.findByCase(c.caseNumber()).forEach(p -> p.votes().forEach(v -> entries.add(
                new HistoryEntry(v.castAt(), v.userId(), "VOTE", v.choice().name(), p.concludesStage().name()))));
        for (AuditEvent e : auditTrail.search(null, null, key, List.of(c.municipality().value()), null, null, AUDIT_LIMIT)) {
            if (SHOWN_OTHERWISE.contains(e.action())) {
                continue;
            }
            entries.add(new HistoryEntry(e.occurredAt(), e.actor(), "AUDIT", e.action(), fileName(e)));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }

    /** The farms of the case's market dialogue, tenders and agreements, with how far each came. */
    public List<FarmInvolvement> farms(Caller caller, String caseNumber) {
        ProcurementCase c = caseFile.load(caller, caseNumber);
        Map<OrganisationNumber, Set<String>> steps = new LinkedHashMap<>();
        dialogues.find(c.caseNumber()).ifPresent(d -> {
            d.invitations().forEach(i -> step(steps, i.farm(), "INVITED"));
            d.interests().forEach(i -> step(steps, i.farm(), "INTERESTED"));
        });
        tenders.findByCaseNumber(c.caseNumber()).forEach(t -> {
            t.offers().forEach(o -> {
                step(steps, o.bidder(), "OFFERED");
                if (o.isWithdrawn()) {
                    step(steps, o.bidder(), "WITHDRAWN");
                } else if (o.isQualified()) {
                    step(steps, o.bidder(), "QUALIFIED");
                }
            });
            t.awardedOffers().forEach(o -> step(steps, o.bidder(), "AWARDED"));
        });
        agreements.findByCase(c.caseNumber()).forEach(a -> a.suppliers().forEach(s -> step(steps, s.farm(), "SUPPLIER")));
        return steps.entrySet().stream().map(e -> new FarmInvolvement(e.getKey().value(),
                farms.find(e.getKey()).map(Farm::displayName).orElse(e.getKey().value()), List.copyOf(e.getValue()),
                approvals.find(c.municipality(), e.getKey(), c.caseNumber())
                        .flatMap(a -> a.decision()).map(Enum::name).orElse(null))).toList();
    }

    /** Budget against spend of the case's project plan, if it has one and the caller reads plans. */
    public Optional<PlanSummaryView> budget(Caller caller, String caseNumber) {
        ProcurementCase c = caseFile.load(caller, caseNumber);
        if (!(caller.hasRole(Role.PROCUREMENT_OFFICER) || caller.hasRole(Role.PROJECT_LEAD)
                || caller.hasRole(Role.STEERING_GROUP_MEMBER) || caller.isAdmin())) {
            return Optional.empty();
        }
        return plans.findAll().stream().filter(p -> p.caseNumber().filter(c.caseNumber()::equals).isPresent())
                .findFirst().map(PlanSummaryView::of);
    }

    private static void step(Map<OrganisationNumber, Set<String>> steps, OrganisationNumber farm, String step) {
        steps.computeIfAbsent(farm, f -> new LinkedHashSet<>()).add(step);
    }

    /** The file name of an audited upload, for the history line. */
    private static String fileName(AuditEvent e) {
        String after = e.after();
        if (after == null) {
            return null;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(after))) {
            var json = reader.readObject();
            return json.containsKey("fileName") && !json.isNull("fileName") ? json.getString("fileName") : null;
        } catch (RuntimeException ignored) {
            return null;
        }
    }
}
