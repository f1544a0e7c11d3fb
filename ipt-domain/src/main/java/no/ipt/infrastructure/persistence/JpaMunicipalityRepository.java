package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.shared.MunicipalityNumber;

@ApplicationScoped
public class JpaMunicipalityRepository extends JpaRepositorySupport implements MunicipalityRepository {

    protected JpaMunicipalityRepository() {
        // for CDI
    }

    JpaMunicipalityRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Municipality> find(MunicipalityNumber number) {
        return Optional.ofNullable(em.find(Municipality.class, number));
    }

    @Override
    public List<Municipality> findAll() {
        return findAllOrderedBy(Municipality.class, "name");
    }

    /**
     * The number is assigned, not generated: a municipality the database lacks is inserted, a
     * corrected copy of a stored one (e.g. read from a new classification version) is merged.
     */
    @Override
    public void store(Municipality municipality) {
        boolean isNew = !em.contains(municipality) && find(municipality.number()).isEmpty();
        if (!isNew && !em.contains(municipality)) {
            em.merge(municipality);
        }
        save(municipality, isNew);
    }
}
