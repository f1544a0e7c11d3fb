package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.ProjectPlanRepository;

/**
 * Stores the {@link SeedCatalogue} so that a demo installation starts with the seeds' farms,
 * pilots and plan. Idempotent: whatever already exists by business key (municipality number,
 * organisation number, pilot name, plan title) is left as it is, edits included, so the
 * application may call it at every start. The caller provides the transaction.
 */
@ApplicationScoped
public class DemoReferenceDataLoader {

    /** How many objects of each kind one {@link #load()} added. */
    public record Result(int municipalities, int farms, int pilots, int projectPlans) {

        public int total() {
            return municipalities + farms + pilots + projectPlans;
        }
    }

    private MunicipalityRepository municipalities;
    private FarmRepository farms;
    private PilotRepository pilots;
    private ProjectPlanRepository projectPlans;

    protected DemoReferenceDataLoader() {
        // for the CDI proxy
    }

    @Inject
    public DemoReferenceDataLoader(MunicipalityRepository municipalities, FarmRepository farms,
                                   PilotRepository pilots, ProjectPlanRepository projectPlans) {
        this.municipalities = municipalities;
        this.farms = farms;
        this.pilots = pilots;
        this.projectPlans = projectPlans;
    }

    /** For callers outside a container (tests, tools) that manage their own entity manager. */
    DemoReferenceDataLoader(EntityManager em) {
        this(new JpaMunicipalityRepository(em), new JpaFarmRepository(em), new JpaPilotRepository(em),
                new JpaProjectPlanRepository(em));
    }

    /** Stores what is missing of the catalogue; joins the caller's transaction and refuses to run without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result load() {
        SeedCatalogue catalogue = new SeedCatalogue();
        int addedMunicipalities = storeMissing(catalogue.municipalities(), m -> municipalities.find(m.number()),
                municipalities::store);
        int addedFarms = storeMissing(catalogue.farms(), f -> farms.find(f.organisationNumber()), farms::store);
        int addedPilots = storeMissing(catalogue.pilots(), p -> pilots.findByName(p.name()), pilots::store);
        int addedPlans = storeMissing(catalogue.projectPlans(), p -> projectPlans.findByTitle(p.title()),
                this::storeWithStoredPilot);
        return new Result(addedMunicipalities, addedFarms, addedPilots, addedPlans);
    }

    /** A plan refers to its pilot by entity: it must be the stored pilot, not the catalogue's copy. */
    private void storeWithStoredPilot(ProjectPlan plan) {
        plan.pilot().ifPresent(pilot -> plan.linkToPilot(pilots.findByName(pilot.name()).orElseThrow()));
        projectPlans.store(plan);
    }

    private static <T> int storeMissing(List<T> candidates, Function<T, Optional<?>> existing, Consumer<T> store) {
        int added = 0;
        for (T candidate : candidates) {
            if (existing.apply(candidate).isEmpty()) {
                store.accept(candidate);
                added++;
            }
        }
        return added;
    }
}
