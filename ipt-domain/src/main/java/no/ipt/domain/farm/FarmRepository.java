package no.ipt.domain.farm;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** Stores and finds farms. The JPA implementation lives in the infrastructure package. */
public interface FarmRepository {

    Optional<Farm> find(OrganisationNumber organisationNumber);

    /**
     * Farms whose enterprise or display name contains {@code nameContains} (ignoring case), in
     * {@code municipality}; either criterion may be {@code null} to leave it out. Sorted by display name.
     */
    List<Farm> search(String nameContains, MunicipalityNumber municipality);

    void store(Farm farm);
}
