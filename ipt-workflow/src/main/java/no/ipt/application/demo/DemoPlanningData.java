package no.ipt.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import no.ipt.application.access.Caller;
import no.ipt.application.capacity.CapacityApplicationService;
import no.ipt.application.capacity.CapacityView;
import no.ipt.application.plans.CreatePlanCommand;
import no.ipt.application.plans.PlanView;
import no.ipt.application.plans.ProjectPlanApplicationService;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.project.PlanLineDraft;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.ProjectPlanRepository;
import no.ipt.domain.capacity.ServiceCapacityRepository;
import no.ipt.domain.shared.Money;

/**
 * Demo planning data beside the reference data: Steinkjer's day places for people with dementia
 * with their waiting list (seed 000), and spend recorded against the Vestland plan (seed 004, whose
 * budget the reference data loads). Idempotent: what exists already is left as it is. Goes through
 * the same application services users call, so every step is audited.
 */
@ApplicationScoped
public class DemoPlanningData {

    private static final Logger LOG = Logger.getLogger(DemoPlanningData.class.getName());
    public static final String DEMENTIA_DAY_PLACES = "Dagaktivitetstilbud for personer med demens";

    @Inject
    ServiceCapacityRepository capacities;

    @Inject
    CapacityApplicationService capacityService;

    @Inject
    ProjectPlanRepository plans;

    @Inject
    ProjectPlanApplicationService planService;

    private final Caller system = Caller.system();

    /** Stores what is missing; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void load() {
        if (capacities.find(SeedCatalogue.STEINKJER, ServiceArea.HEALTH_AND_CARE, DEMENTIA_DAY_PLACES).isEmpty()) {
            steinkjerDementiaDayPlaces();
            LOG.info("Demo capacity: Steinkjer's dementia day places with a waiting list");
        }
        plans.findByTitle(SeedCatalogue.VESTLAND_PLAN_TITLE).filter(p -> p.spending().isEmpty())
                .ifPresent(this::vestlandSpend);
    }

    /**
     * The seed says the day places are a success and have a waiting list, but gives no numbers: the
     * counts are SYNTHETIC demo values (six places, all in use, two waiting).
     */
    private void steinkjerDementiaDayPlaces() {
        CapacityView c = capacityService.create(system, SeedCatalogue.STEINKJER.value(),
                ServiceArea.HEALTH_AND_CARE.name(), DEMENTIA_DAY_PLACES, 6, LocalDate.of(2019, 1, 7));
        c = capacityService.joinWaitingList(system, c.id(), c.version(), 8, LocalDate.of(2019, 1, 14));
        c = capacityService.admit(system, c.id(), c.version(), 6, LocalDate.of(2019, 1, 21));
        c = capacityService.release(system, c.id(), c.version(), 1, LocalDate.of(2019, 6, 28));
        c = capacityService.admit(system, c.id(), c.version(), 1, LocalDate.of(2019, 8, 12));
        capacityService.joinWaitingList(system, c.id(), c.version(), 1, LocalDate.of(2019, 9, 2));
    }

    /**
     * A SYNTHETIC project plan for Steinkjer's dementia day places case, so that the steering group
     * decides with the budget, the spend so far and the risks in front of it (the decisions inbox).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planForDementiaCase(String caseNumber) {
        PlanView p = planService.create(system, new CreatePlanCommand("Dagaktivitet på gard for personer med demens",
                "Steinkjer kommune", "Prosjektleiar helse og omsorg", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), null, caseNumber, null));
        Money places2026 = Money.nok(new BigDecimal("800000"));
        Money transport2026 = Money.nok(new BigDecimal("140000"));
        Money places2027 = Money.nok(new BigDecimal("940000"));
        p = planService.replaceBudget(system, p.id(), p.version(), List.of(
                PlanLineDraft.amount("Kjøp av dagplassar", 2026, places2026, null),
                PlanLineDraft.amount("Transport", 2026, transport2026, null),
                PlanLineDraft.amount("Kjøp av dagplassar", 2027, places2027, null)), List.of(
                PlanLineDraft.amount("Driftsbudsjett helse og omsorg", 2026, places2026.add(transport2026), null),
                PlanLineDraft.amount("Driftsbudsjett helse og omsorg", 2027, places2027, null)));
        p = planService.addRisk(system, p.id(), p.version(), "For få godkjende gardar",
                "Berre éin gard i kommunen har i dag godkjenning for dagaktivitet.", 3, 4,
                List.of("Marknadsdialog med gardane i regionen før konkurransen"));
        p = planService.addRisk(system, p.id(), p.version(), "Transporten blir dyrare enn rekna",
                "Lange avstandar mellom heim og gard.", 2, 3, List.of("Samkøyring med eksisterande dagsentertransport"));
        planService.recordSpend(system, p.id(), p.version(), "Transport", 2026, new BigDecimal("60000"),
                LocalDate.of(2026, 6, 30), "Prøvekøyring vår 2026");
    }

    /**
     * Seed 004 has the budget, not the accounts: this spend is SYNTHETIC, the 2020 and 2021 project
     * management as budgeted and the 2021 travel NOK 2,000 over its line, so the summary shows an
     * overspent line.
     */
    private void vestlandSpend(ProjectPlan plan) {
        PlanView p = planService.recordSpend(system, plan.id(), plan.version(), "Prosjektleiing - FMVL", 2020,
                new BigDecimal("50000"), LocalDate.of(2020, 12, 31), "20 % stilling, november–desember");
        p = planService.recordSpend(system, p.id(), p.version(), "Prosjektleiing - FMVL", 2021,
                new BigDecimal("150000"), LocalDate.of(2021, 12, 31), "20 % stilling");
        planService.recordSpend(system, p.id(), p.version(), "Reiser og møteverksemd - prosjektleiar FMVL", 2021,
                new BigDecimal("12000"), LocalDate.of(2021, 12, 31), "Samlingar i Bømlo og Stad");
    }
}
