package no.ipt.domain.municipality;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.shared.MunicipalityNumber;

/** Stores and finds municipalities. The JPA implementation lives in the infrastructure package. */
public interface MunicipalityRepository {

    Optional<Municipality> find(MunicipalityNumber number);

    /** All municipalities, by name. */
    List<Municipality> findAll();

    void store(Municipality municipality);
}
