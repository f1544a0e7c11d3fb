package no.ipt.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ipt.domain.procurement.ProcurementCase;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Which messages a case's processes wait for now, so that pages offer only the requests the case can
 * take (the correlation itself still decides: a request that arrives too late is refused there).
 */
@ApplicationScoped
public class CaseMessages {

    private RuntimeService runtimeService;

    @Inject
    public CaseMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    protected CaseMessages() {
        // for CDI proxies
    }

    /** Whether one of the case's processes (same business key and tenant) has a subscription for {@code message}. */
    public boolean waitsFor(ProcurementCase procurementCase, String message) {
        return runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(procurementCase.caseNumber().value())
                .tenantIdIn(procurementCase.municipality().value())
                .messageEventSubscriptionName(message)
                .count() > 0;
    }
}
