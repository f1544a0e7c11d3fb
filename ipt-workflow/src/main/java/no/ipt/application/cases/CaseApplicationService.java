package no.ipt.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.workflow.engine.LifecycleModels;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Opens cases and reads them with the state of their processes. */
@ApplicationScoped
@Transactional
public class CaseApplicationService {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    ProcurementCaseRepository cases;

    @Inject
    RuntimeService runtimeService;

    private final Clock clock = Clock.systemUTC();

    /** Opens a case and starts its needs assessment; both or neither are stored. */
    public CaseView open(OpenCaseCommand command) {
        ServiceArea area = parseServiceArea(command.serviceArea());
        MunicipalityNumber municipality = MunicipalityNumber.of(command.municipalityNumber());
        var now = clock.instant();
        CaseNumber number = cases.nextCaseNumber(now.atZone(OSLO).getYear());
        ProcurementCase procurementCase = new ProcurementCase(number, command.title(), municipality, area, now);
        cases.store(procurementCase);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(LifecycleModels.NEEDS_ASSESSMENT_PROCESS,
                number.value(), Map.of("caseNumber", number.value(), "municipalityNumber", municipality.value()));
        procurementCase.attachProcess(instance.getId());
        cases.store(procurementCase);
        return view(procurementCase);
    }

    public CaseView find(String caseNumber) {
        return view(load(caseNumber));
    }

    public List<CaseView> list() {
        return cases.findAll().stream().map(this::view).toList();
    }

    ProcurementCase load(String caseNumber) {
        CaseNumber number;
        try {
            number = new CaseNumber(caseNumber);
        } catch (DomainRuleViolation e) {
            throw new CaseNotFoundException(caseNumber);
        }
        return cases.find(number).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    private CaseView view(ProcurementCase c) {
        if (c.processInstanceId() == null) {
            return CaseView.of(c, false, List.of());
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(c.processInstanceId()).singleResult();
        List<String> active = instance == null ? List.of() : runtimeService.getActiveActivityIds(instance.getId());
        return CaseView.of(c, instance != null, active);
    }

    private static ServiceArea parseServiceArea(String value) {
        if (value == null) {
            throw new DomainRuleViolation("missing-service-area", "serviceArea", "Choose the service area of the need");
        }
        try {
            return ServiceArea.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-service-area", "serviceArea",
                    "'" + value + "' is not a service area; choose one of " + List.of(ServiceArea.values()));
        }
    }
}
