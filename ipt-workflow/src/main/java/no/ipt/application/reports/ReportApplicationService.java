package no.ipt.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.domain.access.Role;
import no.ipt.application.capacity.CapacityApplicationService;
import no.ipt.application.capacity.CapacityView;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.application.pilots.PilotApplicationService;
import no.ipt.application.pilots.PilotView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.plans.ProjectPlanApplicationService;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.approval.MunicipalDecision;
import no.ipt.domain.approval.NationalApprovalStatus;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.MunicipalityNumber;

/**
 * Assembles the data of the documents and exports for a caller. Cases, decisions, pilots and plans come
 * through their application services (which apply the tenant checks and throw their not-found
 * exceptions); farms, approvals and agreements from their repositories, limited to the caller's
 * municipalities. Reads only.
 */
@ApplicationScoped
@Transactional
public class ReportApplicationService {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Who reads the farm register and the agreements: every role but the farm user's. */
    static final Role[] MUNICIPAL_READERS = {Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.STEERING_GROUP_MEMBER,
            Role.EVALUATOR, Role.COUNTY_PILOT_LEAD, Role.ADMIN};

    @Inject
    CaseApplicationService cases;

    @Inject
    DecisionApplicationService decisions;

    @Inject
    PilotApplicationService pilots;

    @Inject
    ProjectPlanApplicationService plans;

    @Inject
    CapacityApplicationService capacities;

    @Inject
    TaskApplicationService tasks;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    FarmRepository farms;

    @Inject
    FarmApprovalRepository approvals;

    @Inject
    FrameworkAgreementRepository agreements;

    /** The case and its decision point {@code decisionId}; 404 when either is not the caller's to see. */
    public DecisionReport decision(Caller caller, String caseNumber, long decisionId) {
        CaseView procurementCase = cases.find(caller, caseNumber);
        DecisionView decision = decisions.history(caller, caseNumber).stream()
                .filter(d -> d.id() != null && d.id() == decisionId).findFirst()
                .orElseThrow(() -> new ReportSubjectNotFoundException(
                        "Case " + caseNumber + " has no decision point " + decisionId));
        return new DecisionReport(procurementCase, decision);
    }

    /** The pilot, its municipalities by name and its plans with budget and spend. */
    public PilotReport pilot(Caller caller, long pilotId) {
        PilotView pilot = pilots.find(caller, pilotId);
        Map<String, String> names = new LinkedHashMap<>();
        pilot.municipalities().forEach(n -> names.put(n, municipalityName(n)));
        List<PlanBudget> pilotPlans = plans.list(caller).stream().filter(p -> pilot.name().equals(p.pilot()))
                .map(p -> planBudget(caller, p.id())).toList();
        return new PilotReport(pilot, names, pilotPlans);
    }

    /** The plans the caller may read (none for a role that reads no plans), for the download links. */
    public List<PlanView> visiblePlans(Caller caller) {
        return readable(() -> plans.list(caller));
    }

    public PlanBudget planBudget(Caller caller, long planId) {
        PlanView plan = plans.find(caller, planId);
        return new PlanBudget(plan, plans.summary(caller, planId));
    }

    /** The municipalities the caller sees, by name (every one for a caller who sees all). */
    public List<Municipality> visibleMunicipalities(Caller caller) {
        return municipalities.findAll().stream().filter(m -> caller.sees(m.number())).toList();
    }

    /** The framework agreements of the caller's municipalities, one row per supplier. */
    public List<AgreementRow> agreements(Caller caller) {
        caller.requireAnyRole(MUNICIPAL_READERS);
        List<AgreementRow> rows = new ArrayList<>();
        for (Municipality m : visibleMunicipalities(caller)) {
            for (FrameworkAgreement a : agreements.findByBuyer(m.number())) {
                List<AgreementSupplier> suppliers = a.suppliers().stream()
                        .sorted(Comparator.comparingInt(AgreementSupplier::rank)).toList();
                if (suppliers.isEmpty()) {
                    rows.add(agreementRow(a, m, null));
                }
                suppliers.forEach(s -> rows.add(agreementRow(a, m, s)));
            }
        }
        return rows;
    }

    /**
     * The farm register: the farms located in the caller's municipalities or approved by one of them,
     * with the approvals and agreements of the caller's municipalities only.
     */
    public List<FarmRow> farms(Caller caller) {
        caller.requireAnyRole(MUNICIPAL_READERS);
        List<FrameworkAgreement> visibleAgreements = visibleMunicipalities(caller).stream()
                .flatMap(m -> agreements.findByBuyer(m.number()).stream()).toList();
        List<FarmRow> rows = new ArrayList<>();
        for (Farm farm : farms.search(null, null)) {
            List<FarmRow.Approval> farmApprovals = approvals.findByFarm(farm.organisationNumber()).stream()
                    .filter(a -> caller.sees(a.municipality()))
                    .map(a -> new FarmRow.Approval(a.municipality().value(), a.caseNumber().value(),
                            a.nationalStatus().name(), a.nationalApprovedOn().orElse(null),
                            a.suspendedOn().orElse(null)))
                    .toList();
            if (!caller.sees(farm.municipality()) && farmApprovals.isEmpty()) {
                continue;
            }
            List<String> farmAgreements = visibleAgreements.stream()
                    .filter(a -> a.suppliers().stream().anyMatch(s -> s.farm().equals(farm.organisationNumber())))
                    .map(a -> a.agreementNumber().value()).toList();
            rows.add(new FarmRow(farm.organisationNumber().value(), farm.displayName(), farm.municipality().value(),
                    municipalityName(farm.municipality().value()), farm.kind().name(),
                    farm.serviceAreas().stream().map(Enum::name).sorted().toList(), farm.approvedOn(),
                    farmApprovals, farmAgreements));
        }
        return rows;
    }

    /** The dashboard's figures for the caller (see {@link Dashboard}); {@code today} in Oslo. */
    public Dashboard dashboard(Caller caller, LocalDate today) {
        List<CaseView> visibleCases = cases.list(caller);
        List<CapacityView> visibleCapacities = readable(() -> capacities.list(caller));
        List<PilotView> visiblePilots = pilots.visiblePilots(caller);
        List<PlanBudget> visiblePlans = readable(() -> plans.list(caller)).stream()
                .map(p -> new PlanBudget(p, plans.summary(caller, p.id()))).toList();
        boolean readsFarms = Arrays.stream(MUNICIPAL_READERS).anyMatch(caller::hasRole);
        // every municipality the caller sees, also those with nothing to show: a pilot adds them up
        Map<String, Dashboard.MunicipalityFigures> visible = new LinkedHashMap<>();
        for (Municipality m : visibleMunicipalities(caller)) {
            String number = m.number().value();
            Map<String, Long> byStage = new LinkedHashMap<>();
            visibleCases.stream().filter(c -> c.municipalityNumber().equals(number))
                    .sorted(Comparator.comparing(c -> Stage.valueOf(c.stage())))
                    .forEach(c -> byStage.merge(c.stage(), 1L, Long::sum));
            long active = readsFarms ? agreements.findByBuyer(m.number()).stream()
                    .filter(a -> a.status() == AgreementStatus.ACTIVE).count() : 0;
            List<Dashboard.ApprovedFarm> approved = readsFarms ? approvedFarms(m.number(), today) : List.of();
            List<Dashboard.Places> places = visibleCapacities.stream()
                    .filter(c -> c.municipalityNumber().equals(number))
                    .map(c -> new Dashboard.Places(c.serviceName(), c.serviceArea(), c.placesAvailable(),
                            c.placesInUse(), c.waitingList())).toList();
            List<String> pilotsOfMunicipality = visiblePilots.stream()
                    .filter(p -> p.municipalities().contains(number)).map(PilotView::name).toList();
            List<Dashboard.PlanYear> spend = spendByYear(visiblePlans.stream()
                    .filter(p -> number.equals(p.plan().municipalityNumber())
                            || pilotsOfMunicipality.contains(p.plan().pilot())).toList());
            visible.put(number, new Dashboard.MunicipalityFigures(number, m.name(), byStage, active, approved,
                    places, spend));
        }
        List<Dashboard.PilotFigures> pilotFigures = visiblePilots.stream()
                .map(p -> pilotFigures(p, visible, visiblePlans)).toList();
        Map<String, String> municipalityOfCase = new LinkedHashMap<>();
        visibleCases.forEach(c -> municipalityOfCase.put(c.caseNumber(), c.municipalityNumber()));
        LocalDate horizon = today.plusDays(Dashboard.HORIZON_DAYS);
        List<Dashboard.Deadline> deadlines = tasks.openTasks(caller, null, null).stream()
                .filter(t -> t.due() != null)
                .map(t -> new Dashboard.Deadline(t.id(), t.name(), t.taskDefinitionKey(), t.caseNumber(),
                        t.caseNumber() == null ? null : municipalityOfCase.get(t.caseNumber()),
                        LocalDate.ofInstant(t.due().toInstant(), OSLO), false))
                .filter(d -> !d.due().isAfter(horizon))
                .map(d -> new Dashboard.Deadline(d.taskId(), d.name(), d.taskDefinitionKey(), d.caseNumber(),
                        d.municipalityNumber(), d.due(), d.due().isBefore(today)))
                .sorted(Comparator.comparing(Dashboard.Deadline::due)).toList();
        return new Dashboard(today, visible.values().stream().filter(f -> !f.isEmpty()).toList(), pilotFigures,
                deadlines);
    }

    /**
     * A pilot's figures: those of its municipalities the caller sees, added up (a municipality's officer
     * sees its own share of a pilot, the county pilot lead all of it), and the spend of the pilot's plans
     * and of its municipalities' plans.
     */
    private static Dashboard.PilotFigures pilotFigures(PilotView pilot,
                                                       Map<String, Dashboard.MunicipalityFigures> visible,
                                                       List<PlanBudget> visiblePlans) {
        List<Dashboard.MunicipalityFigures> members = pilot.municipalities().stream().map(visible::get)
                .filter(Objects::nonNull).toList();
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        members.forEach(m -> m.casesByStage().forEach((stage, n) -> byStage.merge(Stage.valueOf(stage), n, Long::sum)));
        Map<String, Long> casesByStage = new LinkedHashMap<>();
        byStage.forEach((stage, n) -> casesByStage.put(stage.name(), n));
        List<String> numbers = members.stream().map(Dashboard.MunicipalityFigures::number).toList();
        List<Dashboard.PlanYear> spend = spendByYear(visiblePlans.stream()
                .filter(p -> pilot.name().equals(p.plan().pilot()) || numbers.contains(p.plan().municipalityNumber()))
                .toList());
        return new Dashboard.PilotFigures(pilot.id(), pilot.name(), pilot.county(),
                members.stream().map(Dashboard.MunicipalityFigures::name).toList(), casesByStage,
                members.stream().mapToLong(Dashboard.MunicipalityFigures::activeAgreements).sum(),
                members.stream().flatMap(m -> m.approvedFarms().stream()).toList(),
                members.stream().flatMap(m -> m.places().stream()).toList(), spend);
    }

    private static List<Dashboard.PlanYear> spendByYear(List<PlanBudget> plansToShow) {
        return plansToShow.stream().flatMap(p -> p.summary().years().stream().map(y -> new Dashboard.PlanYear(
                p.plan().id(), p.plan().title(), y.year(), y.budget(), y.spent()))).toList();
    }

    /** The farms the municipality decided to use (with or without conditions), the soonest lapsing first. */
    private List<Dashboard.ApprovedFarm> approvedFarms(MunicipalityNumber municipality, LocalDate today) {
        LocalDate horizon = today.plusDays(Dashboard.HORIZON_DAYS);
        return approvals.findByMunicipality(municipality).stream()
                .filter(a -> a.decision().filter(d -> d != MunicipalDecision.REJECTED).isPresent())
                .map(a -> {
                    LocalDate lapses = Stream.of(a.nextSelfAuditDue(), a.nextExternalAuditDue())
                            .flatMap(Optional::stream).min(Comparator.naturalOrder()).orElse(null);
                    boolean lapsed = a.nationalStatus() == NationalApprovalStatus.SUSPENDED || a.isAuditOverdueOn(today);
                    return new Dashboard.ApprovedFarm(a.farm().value(),
                            farms.find(a.farm()).map(Farm::displayName).orElse(a.farm().value()),
                            municipality.value(), a.caseNumber().value(), a.nationalStatus().name(),
                            a.decidedOn().orElse(null), lapses, lapsed,
                            !lapsed && lapses != null && !lapses.isAfter(horizon));
                })
                .sorted(Comparator.comparing(Dashboard.ApprovedFarm::lapsesOn,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** What {@code read} gives, or nothing when the caller's roles may not read it (the section is left out). */
    private static <T> List<T> readable(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (AccessDeniedException notForThisRole) {
            return List.of();
        }
    }

    private AgreementRow agreementRow(FrameworkAgreement a, Municipality buyer, AgreementSupplier s) {
        return new AgreementRow(a.agreementNumber().value(), a.caseNumber().value(), buyer.number().value(),
                buyer.name(), a.serviceArea().name(), a.status().name(), a.term().start(), a.currentEnd(),
                a.lastDayIncludingOptions(), s == null ? null : s.rank(), s == null ? null : s.farm().value(),
                s == null ? null : farms.find(s.farm()).map(Farm::displayName).orElse(null),
                s == null ? null : s.pricePerPlacePerDay().amount(), s == null ? null : s.capacity());
    }

    private String municipalityName(String number) {
        return municipalities.find(MunicipalityNumber.of(number)).map(Municipality::name)
                .filter(Objects::nonNull).orElse(number);
    }
}
