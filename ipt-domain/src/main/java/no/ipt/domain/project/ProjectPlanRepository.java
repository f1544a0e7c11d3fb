package no.ipt.domain.project;

import java.util.List;
import java.util.Optional;

/** Stores and finds project plans. The JPA implementation lives in the infrastructure package. */
public interface ProjectPlanRepository {

    Optional<ProjectPlan> findByTitle(String title);

    Optional<ProjectPlan> find(long id);

    /** All plans, by title. */
    List<ProjectPlan> findAll();

    void store(ProjectPlan plan);
}
