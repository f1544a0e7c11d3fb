package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

@ApplicationScoped
public class JpaFarmRepository extends JpaRepositorySupport implements FarmRepository {

    protected JpaFarmRepository() {
        // for CDI
    }

    JpaFarmRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Farm> find(OrganisationNumber organisationNumber) {
        return findByKey(Farm.class, "organisationNumber", organisationNumber);
    }

    @Override
    public List<Farm> search(String nameContains, MunicipalityNumber municipality) {
        // Built from the criteria given: a null parameter has no SQL type PostgreSQL can infer.
        List<String> conditions = new ArrayList<>();
        boolean byName = nameContains != null && !nameContains.isBlank();
        if (byName) {
            conditions.add("(LOWER(f.displayName) LIKE :pattern OR LOWER(f.enterpriseName) LIKE :pattern)");
        }
        if (municipality != null) {
            conditions.add("f.municipality = :municipality");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Farm> query = em.createQuery("SELECT f FROM Farm f" + where + " ORDER BY f.displayName", Farm.class);
        if (byName) {
            query.setParameter("pattern", "%" + escapeLike(nameContains.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (municipality != null) {
            query.setParameter("municipality", municipality);
        }
        return query.getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public void store(Farm farm) {
        save(farm, farm.id() == null);
    }
}
