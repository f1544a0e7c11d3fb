package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotRepository;

@ApplicationScoped
public class JpaPilotRepository extends JpaRepositorySupport implements PilotRepository {

    protected JpaPilotRepository() {
        // for CDI
    }

    JpaPilotRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Pilot> findByName(String name) {
        return findByKey(Pilot.class, "name", name);
    }

    @Override
    public Optional<Pilot> findById(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id));
    }

    @Override
    public List<Pilot> findAll() {
        return findAllOrderedBy(Pilot.class, "name");
    }

    @Override
    public void store(Pilot pilot) {
        save(pilot, pilot.id() == null);
    }
}
