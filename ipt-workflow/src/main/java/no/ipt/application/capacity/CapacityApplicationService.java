package no.ipt.application.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.Role;
import no.ipt.domain.capacity.ServiceCapacity;
import no.ipt.domain.capacity.ServiceCapacityRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;

/**
 * Service capacity and waiting lists: load the capacity the caller may see (another municipality's
 * answers as not found), check the version the change was made on, call the aggregate, store it
 * and audit the change in the same transaction. A change without a date happens today (Oslo time).
 */
@ApplicationScoped
@Transactional
public class CapacityApplicationService {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String SUBJECT = "service-capacity";
    static final Role[] READERS = {Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.STEERING_GROUP_MEMBER,
            Role.EVALUATOR, Role.COUNTY_PILOT_LEAD, Role.ADMIN};
    static final Role[] EDITORS = {Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.ADMIN};

    @Inject
    ServiceCapacityRepository capacities;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public CapacityView create(Caller caller, String municipalityNumber, String serviceArea, String serviceName,
                               int places, LocalDate on) {
        caller.requireAnyRole(EDITORS);
        MunicipalityNumber municipality = MunicipalityNumber.of(municipalityNumber);
        if (!caller.sees(municipality)) {
            throw new AccessDeniedException("You can register capacity for your own municipality only");
        }
        ServiceArea area = parseServiceArea(serviceArea);
        ServiceCapacity capacity = new ServiceCapacity(municipality, area, serviceName, places, day(on));
        if (capacities.find(municipality, area, capacity.serviceName()).isPresent()) {
            throw new DomainRuleViolation("duplicate-service-capacity", "serviceName", "Municipality " + municipality
                    + " already has the service '" + capacity.serviceName() + "' in " + area);
        }
        capacities.store(capacity);
        audit.record(caller, "CAPACITY_CREATED", SUBJECT, capacity.id().toString(), municipality.value(), null,
                Map.of("serviceArea", area.name(), "serviceName", capacity.serviceName(), "places", places));
        return CapacityView.of(capacity);
    }

    /** The capacities of the municipalities the caller sees. */
    public List<CapacityView> list(Caller caller) {
        caller.requireAnyRole(READERS);
        List<ServiceCapacity> visible = caller.scope().isAll() ? capacities.findAll()
                : caller.scope().municipalityNumbers().stream().sorted()
                        .flatMap(m -> capacities.findByMunicipality(MunicipalityNumber.of(m)).stream()).toList();
        return visible.stream().map(CapacityView::of).toList();
    }

    public CapacityView find(Caller caller, long id) {
        ServiceCapacity capacity = load(caller, id);
        caller.requireAnyRole(READERS);
        return CapacityView.of(capacity);
    }

    public CapacityView changePlaces(Caller caller, long id, long version, int places, LocalDate on) {
        return change(caller, id, version, "CAPACITY_PLACES_CHANGED", places,
                c -> c.changeAvailablePlaces(places, day(on)));
    }

    public CapacityView joinWaitingList(Caller caller, long id, long version, int count, LocalDate on) {
        return change(caller, id, version, "CAPACITY_WAITING_LIST_JOINED", count,
                c -> c.joinWaitingList(count, day(on)));
    }

    public CapacityView leaveWaitingList(Caller caller, long id, long version, int count, LocalDate on) {
        return change(caller, id, version, "CAPACITY_WAITING_LIST_LEFT", count,
                c -> c.leaveWaitingList(count, day(on)));
    }

    /** Admits {@code count} from the waiting list, or – {@code null} – as many as there are free places. */
    public CapacityView admit(Caller caller, long id, long version, Integer count, LocalDate on) {
        return change(caller, id, version, "CAPACITY_ADMITTED", count, c -> {
            if (count == null) {
                c.admitFromWaitingList(day(on));
            } else {
                c.admitFromWaitingList(count, day(on));
            }
        });
    }

    public CapacityView release(Caller caller, long id, long version, int count, LocalDate on) {
        return change(caller, id, version, "CAPACITY_RELEASED", count, c -> c.release(count, day(on)));
    }

    private CapacityView change(Caller caller, long id, long version, String action, Integer count,
                                Consumer<ServiceCapacity> work) {
        ServiceCapacity capacity = load(caller, id);
        caller.requireAnyRole(EDITORS);
        capacity.requireVersion(version);
        Map<String, Object> before = counts(capacity);
        work.accept(capacity);
        capacities.store(capacity);
        Map<String, Object> after = counts(capacity);
        after.put("count", count);
        audit.record(caller, action, SUBJECT, capacity.id().toString(), capacity.municipality().value(), before, after);
        return CapacityView.of(capacity);
    }

    private ServiceCapacity load(Caller caller, long id) {
        return capacities.find(id).filter(c -> caller.sees(c.municipality()))
                .orElseThrow(() -> new CapacityNotFoundException(id));
    }

    private static Map<String, Object> counts(ServiceCapacity c) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("placesAvailable", c.placesAvailable());
        counts.put("placesInUse", c.placesInUse());
        counts.put("waitingList", c.waitingList());
        return counts;
    }

    private LocalDate day(LocalDate on) {
        return on != null ? on : LocalDate.now(clock.withZone(OSLO));
    }

    private static ServiceArea parseServiceArea(String value) {
        try {
            return ServiceArea.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-service-area", "serviceArea",
                    "'" + value + "' is not a service area; choose one of " + List.of(ServiceArea.values()));
        }
    }
}
