package no.ipt.workflow.approval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** The farm repository contract kept in memory, for form tests without a database; the farms are real aggregates. */
public class InMemoryFarms implements FarmRepository {

    private final Map<OrganisationNumber, Farm> farms = new ConcurrentHashMap<>();

    @Override
    public Optional<Farm> find(OrganisationNumber organisationNumber) {
        return Optional.ofNullable(farms.get(organisationNumber));
    }

    @Override
    public List<Farm> search(String nameContains, MunicipalityNumber municipality) {
        return farms.values().stream()
                .filter(f -> municipality == null || f.municipality().equals(municipality))
                .filter(f -> nameContains == null || (f.enterpriseName() + " " + f.displayName()).toLowerCase()
                        .contains(nameContains.toLowerCase()))
                .sorted(Comparator.comparing(Farm::displayName)).toList();
    }

    @Override
    public void store(Farm farm) {
        farms.put(farm.organisationNumber(), farm);
    }
}
