package no.ipt.application.farms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ipt.application.access.Caller;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.Role;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.farm.Address;
import no.ipt.domain.farm.Contact;
import no.ipt.domain.farm.Facilities;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** Searches, registers and describes farms; every change audited in the same transaction. */
@ApplicationScoped
@Transactional
public class FarmRegisterService {

    static final int MAX_RESULTS = 500;

    /** Who reads a municipality's approvals of and agreements with farms: every role but the farm user's. */
    static final Role[] DEALINGS_READERS = {Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.STEERING_GROUP_MEMBER,
            Role.EVALUATOR, Role.COUNTY_PILOT_LEAD, Role.ADMIN};

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    FarmRepository farms;

    @Inject
    AuditLog audit;

    @Inject
    FarmApprovalRepository approvals;

    @Inject
    FrameworkAgreementRepository agreements;

    @Inject
    MunicipalityRepository municipalities;

    /** Farms whose name contains {@code name}, in {@code municipality}; both optional. */
    public List<FarmView> search(Caller caller, String name, String municipality) {
        MunicipalityNumber in = municipality == null || municipality.isBlank() ? null : MunicipalityNumber.of(municipality);
        return farms.search(name == null || name.isBlank() ? null : name.strip(), in).stream().limit(MAX_RESULTS)
                .map(FarmView::of).toList();
    }

    public FarmView find(Caller caller, String organisationNumber) {
        return FarmView.of(load(organisationNumber));
    }

    /**
     * The approvals and agreements of the farm that belong to the caller's municipalities (farms are
     * shared, a municipality's dealings with them are not); every role but the farm user's.
     */
    public FarmDealingsView dealings(Caller caller, String organisationNumber) {
        caller.requireAnyRole(DEALINGS_READERS);
        Farm farm = load(organisationNumber);
        LocalDate today = LocalDate.now(OSLO);
        List<FarmDealingsView.ApprovalView> farmApprovals = approvals.findByFarm(farm.organisationNumber()).stream()
                .filter(a -> caller.sees(a.municipality()))
                .map(a -> new FarmDealingsView.ApprovalView(a.municipality().value(), a.caseNumber().value(),
                        a.nationalStatus().name(), a.decision().map(Enum::name).orElse(null),
                        a.decidedOn().orElse(null), a.nationalApprovedOn().orElse(null),
                        a.nextSelfAuditDue().orElse(null), a.nextExternalAuditDue().orElse(null),
                        Stream.of(a.nextSelfAuditDue(), a.nextExternalAuditDue()).flatMap(Optional::stream)
                                .min(Comparator.naturalOrder()).orElse(null),
                        a.suspendedOn().orElse(null), a.isValidOn(today)))
                .toList();
        List<FarmDealingsView.AgreementView> farmAgreements = municipalities.findAll().stream()
                .filter(m -> caller.sees(m.number()))
                .flatMap(m -> agreements.findByBuyer(m.number()).stream())
                .filter(a -> a.suppliers().stream().anyMatch(s -> s.farm().equals(farm.organisationNumber())))
                .map(a -> {
                    AgreementSupplier s = a.supplier(farm.organisationNumber());
                    return new FarmDealingsView.AgreementView(a.agreementNumber().value(), a.caseNumber().value(),
                            a.buyer().value(), a.serviceArea().name(), a.status().name(), a.term().start(),
                            a.currentEnd(), a.lastDayIncludingOptions(), s.rank(), s.pricePerPlacePerDay().amount(),
                            s.capacity());
                })
                .toList();
        return new FarmDealingsView(farm.organisationNumber().value(), farmApprovals, farmAgreements);
    }

    /** Registers a farm: a valid organisation number, a producer number, its municipality and kind. */
    public FarmView register(Caller caller, String organisationNumber, String producerNumber, String municipality,
                             String kind, FarmDetails details) {
        caller.requireAnyRole(Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.ADMIN);
        OrganisationNumber number = OrganisationNumber.of(organisationNumber);
        if (farms.find(number).isPresent()) {
            throw new DomainRuleViolation("farm-already-registered", "organisationNumber",
                    "Farm " + number.value() + " is already in the register");
        }
        Farm farm = new Farm(number, details.enterpriseName(), details.displayName(), producerNumber,
                MunicipalityNumber.of(municipality), parseKind(kind));
        describe(farm, details);
        farms.store(farm);
        audit.record(caller, "FARM_REGISTERED", "farm", number.value(), farm.municipality().value(), null, state(farm));
        return FarmView.of(farm);
    }

    /** Changes what the register says about a farm; {@code expectedVersion} guards against lost updates. */
    public FarmView describe(Caller caller, String organisationNumber, FarmDetails details, long expectedVersion) {
        caller.requireAnyRole(Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.ADMIN);
        Farm farm = load(organisationNumber);
        farm.requireVersion(expectedVersion);
        Map<String, Object> before = state(farm);
        farm.rename(details.enterpriseName(), details.displayName());
        describe(farm, details);
        farms.store(farm);
        audit.record(caller, "FARM_CHANGED", "farm", farm.organisationNumber().value(), farm.municipality().value(),
                before, state(farm));
        return FarmView.of(farm);
    }

    private static void describe(Farm farm, FarmDetails d) {
        if (d.street() != null || d.postalCode() != null || d.postTown() != null) {
            farm.changeAddress(new Address(d.street(), d.postalCode(), d.postTown()));
        }
        if (d.email() != null || d.phone() != null || d.website() != null) {
            farm.changeContact(new Contact(d.email(), d.phone(), d.website()));
        }
        if (d.places() != null || d.animals() != null || d.crops() != null || d.buildings() != null) {
            farm.describeFacilities(new Facilities(d.animals(), d.crops(), d.buildings(),
                    d.places() == null ? 0 : d.places()));
        }
        if (d.serviceAreas() != null) {
            Set<ServiceArea> wanted = d.serviceAreas().stream().map(FarmRegisterService::parseArea).collect(Collectors.toSet());
            for (ServiceArea area : ServiceArea.values()) {
                if (wanted.contains(area)) {
                    farm.offer(area);
                } else {
                    farm.stopOffering(area);
                }
            }
        }
    }

    private Farm load(String organisationNumber) {
        if (organisationNumber == null || !OrganisationNumber.isValid(organisationNumber)) {
            throw new FarmNotFoundException(organisationNumber);
        }
        return farms.find(OrganisationNumber.of(organisationNumber))
                .orElseThrow(() -> new FarmNotFoundException(organisationNumber));
    }

    private static Map<String, Object> state(Farm farm) {
        Map<String, Object> state = new HashMap<>();
        FarmView v = FarmView.of(farm);
        state.put("enterpriseName", v.enterpriseName());
        state.put("displayName", v.displayName());
        state.put("municipalityNumber", v.municipalityNumber());
        state.put("kind", v.kind());
        state.put("serviceAreas", String.join(",", v.serviceAreas()));
        state.put("places", v.places());
        return state;
    }

    private static FarmKind parseKind(String kind) {
        try {
            return FarmKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-choice", "kind", "'" + kind + "' is not a kind of premises IPT knows");
        }
    }

    private static ServiceArea parseArea(String area) {
        try {
            return ServiceArea.valueOf(area == null ? "" : area);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-choice", "serviceAreas", "'" + area + "' is not a service area");
        }
    }
}
