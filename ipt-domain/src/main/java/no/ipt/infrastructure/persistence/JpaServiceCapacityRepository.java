package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.capacity.ServiceCapacity;
import no.ipt.domain.capacity.ServiceCapacityRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.MunicipalityNumber;

@ApplicationScoped
public class JpaServiceCapacityRepository extends JpaRepositorySupport implements ServiceCapacityRepository {

    protected JpaServiceCapacityRepository() {
        // for CDI
    }

    JpaServiceCapacityRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<ServiceCapacity> find(MunicipalityNumber municipality, ServiceArea serviceArea,
                                          String serviceName) {
        return em.createQuery("SELECT c FROM ServiceCapacity c WHERE c.municipality = :municipality"
                        + " AND c.serviceArea = :serviceArea AND c.serviceName = :serviceName", ServiceCapacity.class)
                .setParameter("municipality", municipality)
                .setParameter("serviceArea", serviceArea)
                .setParameter("serviceName", serviceName == null ? null : serviceName.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ServiceCapacity> find(long id) {
        return Optional.ofNullable(em.find(ServiceCapacity.class, id));
    }

    @Override
    public List<ServiceCapacity> findAll() {
        return em.createQuery("SELECT c FROM ServiceCapacity c ORDER BY c.municipality.value, c.serviceArea,"
                + " c.serviceName", ServiceCapacity.class).getResultList();
    }

    @Override
    public List<ServiceCapacity> findByMunicipality(MunicipalityNumber municipality) {
        return em.createQuery("SELECT c FROM ServiceCapacity c WHERE c.municipality = :municipality"
                        + " ORDER BY c.serviceArea, c.serviceName", ServiceCapacity.class)
                .setParameter("municipality", municipality)
                .getResultList();
    }

    @Override
    public void store(ServiceCapacity capacity) {
        save(capacity, capacity.id() == null);
    }
}
