package no.ipt.domain.capacity;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.MunicipalityNumber;

/** Stores and finds service capacities. The JPA implementation lives in the infrastructure package. */
public interface ServiceCapacityRepository {

    Optional<ServiceCapacity> find(MunicipalityNumber municipality, ServiceArea serviceArea, String serviceName);

    Optional<ServiceCapacity> find(long id);

    /** Every municipality's services, by municipality, service area and name. */
    List<ServiceCapacity> findAll();

    /** A municipality's services, by service area and name. */
    List<ServiceCapacity> findByMunicipality(MunicipalityNumber municipality);

    void store(ServiceCapacity capacity);
}
