package no.ipt.application.farms;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.farm.Farm;

/** A farm as the register shows it. */
public record FarmView(String organisationNumber, String enterpriseName, String displayName, String producerNumber,
                       String municipalityNumber, String kind, boolean approvable, String street, String postalCode,
                       String postTown, String email, String phone, String website, String animals, String crops,
                       String buildings, Integer places, List<String> serviceAreas, LocalDate approvedOn, long version) {

    static FarmView of(Farm f) {
        var address = f.address();
        var contact = f.contact();
        var facilities = f.facilities().orElse(null);
        return new FarmView(f.organisationNumber().value(), f.enterpriseName(), f.displayName(), f.producerNumber(),
                f.municipality().value(), f.kind().name(), f.kind().isApprovable(),
                address == null ? null : address.street(), address == null ? null : address.postalCode(),
                address == null ? null : address.postTown(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(), contact == null ? null : contact.website(),
                facilities == null ? null : facilities.animals(), facilities == null ? null : facilities.crops(),
                facilities == null ? null : facilities.buildings(), facilities == null ? null : facilities.places(),
                f.serviceAreas().stream().map(Enum::name).sorted().toList(), f.approvedOn(), f.version());
    }
}
