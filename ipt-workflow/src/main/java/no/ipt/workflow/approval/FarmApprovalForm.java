package no.ipt.workflow.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What the farm-approval forms share. Every form names the task's farm in the field {@code farm}
 * (the task's process variable of that name: a form only sees the case, not the task). {@link #apply}
 * loads the municipality's approval of that farm for the case (creating it, under the configured
 * audit schedule, when the stage starts), lets the form change it, stores it, and hands the farm's
 * running {@code ipt-farm-approval} instance the variables the form's {@link #variablesOf} reads from
 * the aggregate. The gateways that route on them are asynchronous, so they read them after commit.
 */
public abstract class FarmApprovalForm implements TaskForm {

    public static final String PROCESS = "ipt-farm-approval";
    public static final String FARM = "farm";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private FarmApprovalRepository approvals;
    private FarmApprovalSettings settings;
    private RuntimeService runtimeService;
    private Clock clock;

    protected FarmApprovalForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                               RuntimeService runtimeService, Clock clock) {
        this.approvals = approvals;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    protected FarmApprovalForm() {
        // for CDI proxies
    }

    /** The form's domain write; {@code today} is the day in Norway. */
    protected abstract void change(FarmApproval approval, FormValues values, LocalDate today);

    /** The variables the model routes on after this form, read from the changed aggregate; none by default. */
    protected Map<String, Object> variablesOf(FarmApproval approval) {
        return Map.of();
    }

    static OrganisationNumber farm(FormValues values) {
        return FieldReaders.organisationNumber(values, FARM);
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        OrganisationNumber farm = farm(values);
        FarmApproval approval = approvals.find(procurementCase.municipality(), farm, procurementCase.caseNumber())
                .orElseGet(() -> new FarmApproval(procurementCase.municipality(), farm, procurementCase.caseNumber(),
                        settings.auditSchedule()));
        change(approval, values, LocalDate.now(clock.withZone(OSLO)));
        approvals.store(approval);
        Map<String, Object> variables = variablesOf(approval);
        if (variables.isEmpty()) {
            return;
        }
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(procurementCase.caseNumber().value())
                .variableValueEquals(FARM, farm.value()).active().list()) {
            runtimeService.setVariables(instance.getId(), variables);
        }
    }
}
