package no.ipt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.domain.project.ProjectPlanRepository;

/** The production repositories the plan use cases read, on the migrated test database, for application tests. */
public final class PlanningTestRepositories {

    private PlanningTestRepositories() {
    }

    public static ProjectPlanRepository projectPlans(EntityManager em) {
        return new JpaProjectPlanRepository(em);
    }

    public static UserAccountRepository userAccounts(EntityManager em) {
        return new JpaUserAccountRepository(em);
    }

    /** Stores test data in one committed transaction, with the pilot repository at hand for plans that need it. */
    public static void store(Consumer<EntityManager> work) {
        JpaTestDatabase.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    public static void storePilot(EntityManager em, no.ipt.domain.pilot.Pilot pilot) {
        new JpaPilotRepository(em).store(pilot);
    }
}
