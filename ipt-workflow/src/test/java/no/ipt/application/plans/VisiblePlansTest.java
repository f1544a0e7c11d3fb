package no.ipt.application.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.TenantScope;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.infrastructure.persistence.PlanningTestRepositories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees and edits which plan (docs/roles.md), on the real repositories: a case's plan is its
 * municipality's; a pilot's plan is its county lead's to edit and its municipalities' to read.
 */
class VisiblePlansTest {

    private static final MunicipalityNumber STEINKJER = SeedCatalogue.STEINKJER;
    private static final MunicipalityNumber BOMLO = MunicipalityNumber.of("4613");
    private static final MunicipalityNumber STAD = MunicipalityNumber.of("4649");

    private final VisiblePlans visible = new VisiblePlans();
    private EntityManager em;
    private long casePlan;
    private long pilotPlan;
    private long orphanPlan;

    @BeforeEach
    void plans() {
        JpaTestRepositories.truncate("ipt.project_plan", "ipt.pilot", "ipt.user_account", "ipt.procurement_case");
        PlanningTestRepositories.store(em -> {
            SeedCatalogue seeds = new SeedCatalogue();
            PlanningTestRepositories.storePilot(em, seeds.vestlandPilot());
            var plans = PlanningTestRepositories.projectPlans(em);
            plans.store(seeds.vestlandProjectPlan());
            CaseNumber number = new CaseNumber("IPT-2026-00001");
            em.persist(new ProcurementCase(number, "Dagtilbod demens", STEINKJER, ServiceArea.HEALTH_AND_CARE,
                    Instant.parse("2026-01-05T08:00:00Z")));
            ProjectPlan forCase = plan("Dagtilbod demens");
            forCase.linkToCase(number, STEINKJER);
            plans.store(forCase);
            plans.store(plan("Utan eigar"));
            var accounts = PlanningTestRepositories.userAccounts(em);
            accounts.store(new UserAccount("fylke.vestland", "Ragna", "hash", EnumSet.of(Role.COUNTY_PILOT_LEAD), null,
                    SeedCatalogue.VESTLAND_PILOT, null, Instant.now()));
            accounts.store(new UserAccount("fylke.annan", "Hege", "hash", EnumSet.of(Role.COUNTY_PILOT_LEAD), null,
                    SeedCatalogue.OSLO_AND_VIKEN_PILOT, null, Instant.now()));
        });
        em = JpaTestRepositories.entityManager();
        visible.plans = PlanningTestRepositories.projectPlans(em);
        visible.accounts = PlanningTestRepositories.userAccounts(em);
        casePlan = visible.plans.findByTitle("Dagtilbod demens").orElseThrow().id();
        pilotPlan = visible.plans.findByTitle(SeedCatalogue.VESTLAND_PLAN_TITLE).orElseThrow().id();
        orphanPlan = visible.plans.findByTitle("Utan eigar").orElseThrow().id();
    }

    @AfterEach
    void close() {
        em.close();
    }

    private static ProjectPlan plan(String title) {
        return new ProjectPlan(title, "Steinkjer kommune", "Per", Period.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
    }

    private static Caller caller(String username, Role role, MunicipalityNumber... scope) {
        return new Caller(username, EnumSet.of(role), TenantScope.of(List.of(scope)));
    }

    @Test
    void aCasesPlanIsItsMunicipalitysToEditAndItsSteeringGroupsToRead() {
        Caller officer = caller("innkjoper", Role.PROCUREMENT_OFFICER, STEINKJER);
        Caller steering = caller("styre1", Role.STEERING_GROUP_MEMBER, STEINKJER);
        assertThat(visible.edit(officer, casePlan).title()).isEqualTo("Dagtilbod demens");
        assertThat(visible.edit(caller("prosjektleder", Role.PROJECT_LEAD, STEINKJER), casePlan)).isNotNull();
        assertThat(visible.read(steering, casePlan)).isNotNull();
        assertThatThrownBy(() -> visible.edit(steering, casePlan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visible.read(caller("evaluator", Role.EVALUATOR, STEINKJER), casePlan))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visible.read(caller("innkjoper.kongsberg", Role.PROCUREMENT_OFFICER,
                MunicipalityNumber.of("3303")), casePlan)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> visible.read(officer, pilotPlan)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> visible.read(officer, 999_999)).isInstanceOf(PlanNotFoundException.class);
        assertThat(visible.list(officer)).extracting(ProjectPlan::id).containsExactly(casePlan);
    }

    @Test
    void aPilotsPlanIsItsCountyLeadsToEditAndItsMunicipalitiesToRead() {
        Caller countyLead = caller("fylke.vestland", Role.COUNTY_PILOT_LEAD, BOMLO, STAD);
        Caller bomlo = caller("pl.bomlo", Role.PROJECT_LEAD, BOMLO);
        Caller otherLead = caller("fylke.annan", Role.COUNTY_PILOT_LEAD, BOMLO);
        assertThat(visible.edit(countyLead, pilotPlan)).isNotNull();
        assertThat(visible.read(bomlo, pilotPlan)).isNotNull();
        assertThatThrownBy(() -> visible.edit(bomlo, pilotPlan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visible.edit(otherLead, pilotPlan)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(SeedCatalogue.VESTLAND_PILOT);
        assertThatThrownBy(() -> visible.read(countyLead, casePlan)).isInstanceOf(PlanNotFoundException.class);
        assertThat(visible.list(countyLead)).extracting(ProjectPlan::id).containsExactly(pilotPlan);
    }

    @Test
    void aPlanOfNoCaseAndNoPilotIsThePlatformAdminsOnly() {
        Caller admin = new Caller("admin", EnumSet.of(Role.ADMIN), TenantScope.all());
        assertThat(visible.edit(admin, orphanPlan)).isNotNull();
        assertThat(visible.edit(admin, pilotPlan)).isNotNull();
        assertThat(visible.list(admin)).hasSize(3);
        assertThatThrownBy(() -> visible.read(caller("innkjoper", Role.PROCUREMENT_OFFICER, STEINKJER), orphanPlan))
                .isInstanceOf(PlanNotFoundException.class);
    }
}
