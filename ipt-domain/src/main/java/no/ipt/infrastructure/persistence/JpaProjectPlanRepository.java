package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.ProjectPlanRepository;

@ApplicationScoped
public class JpaProjectPlanRepository extends JpaRepositorySupport implements ProjectPlanRepository {

    protected JpaProjectPlanRepository() {
        // for CDI
    }

    JpaProjectPlanRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<ProjectPlan> findByTitle(String title) {
        return findByKey(ProjectPlan.class, "title", title);
    }

    @Override
    public Optional<ProjectPlan> find(long id) {
        return Optional.ofNullable(em.find(ProjectPlan.class, id));
    }

    @Override
    public List<ProjectPlan> findAll() {
        return findAllOrderedBy(ProjectPlan.class, "title");
    }

    @Override
    public void store(ProjectPlan plan) {
        save(plan, plan.id() == null);
    }
}
