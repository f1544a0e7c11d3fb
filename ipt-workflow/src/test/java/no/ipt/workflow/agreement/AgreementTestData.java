package no.ipt.workflow.agreement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Kongsberg's day-activity agreement (seed 003) as form values, shared by the stage's tests. */
public final class AgreementTestData {

    public static final MunicipalityNumber KONGSBERG = MunicipalityNumber.of("3303");
    public static final String FIRST = "910000004";
    public static final String SECOND = "920000002";

    private AgreementTestData() {
    }

    public static LocalDate today() {
        return LocalDate.now(AgreementDates.ZONE);
    }

    public static ProcurementCase procurementCase(CaseNumber caseNumber) {
        return new ProcurementCase(caseNumber, "Dagaktivitet for personar med demens", KONGSBERG,
                ServiceArea.HEALTH_AND_CARE, Instant.now());
    }

    public static FrameworkAgreementSettings settings() {
        return new FrameworkAgreementSettings("P3M", "P14D", "P30D", "FOA § 26-1 (4)", "Ingen fast grense (FOA del I)", 4);
    }

    /** Two farms, rank 1 with 4 places at NOK 1250 and rank 2 with 6 at NOK 1100, one option per entry. */
    public static Map<String, Object> registration(LocalDate start, LocalDate end, String rule, int... optionMonths) {
        Map<String, Object> values = new HashMap<>();
        values.put("termStart", start.toString());
        values.put("termEnd", end.toString());
        values.put("callOffRule", rule);
        for (int i = 0; i < optionMonths.length; i++) {
            values.put("optionMonths." + (i + 1), optionMonths[i]);
        }
        values.put("suppliers.1.organisationNumber", FIRST);
        values.put("suppliers.1.pricePerPlacePerDay", "1250.00");
        values.put("suppliers.1.capacity", 4);
        values.put("suppliers.2.organisationNumber", SECOND);
        values.put("suppliers.2.pricePerPlacePerDay", "1100");
        values.put("suppliers.2.capacity", "6");
        return values;
    }

    /** What TaskApplicationService.complete does: validate, complete the task with the variables, apply. */
    public static void submit(Task task, TaskForm form, ProcurementCase procurementCase, Map<String, ?> submitted) {
        FormValues values = form(submitted);
        Map<String, Object> variables = form.validate(values);
        complete(task, variables);
        form.apply(procurementCase, values);
    }

    /** The timer waiting at {@code activityId}. */
    public static Job timerAt(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().singleResult();
    }

    /** Runs the asynchronous continuation before {@code activityId}, as the job executor would after the commit. */
    public static void continueAt(ProcessInstance instance, String activityId) {
        Job continuation = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).messages().singleResult();
        Assertions.assertThat(continuation).as("continuation before " + activityId).isNotNull();
        execute(continuation);
    }

    /** Asserts that {@code call} breaks a rule about {@code field}. */
    public static void refused(ThrowingCallable call, String field) {
        Assertions.assertThatThrownBy(call).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> Assertions.assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
    }

    /** {@code values} with the given names set (or removed, for a null value). */
    public static Map<String, Object> with(Map<String, Object> values, Object... changes) {
        Map<String, Object> changed = new HashMap<>(values);
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                changed.remove((String) changes[i]);
            } else {
                changed.put((String) changes[i], changes[i + 1]);
            }
        }
        return changed;
    }

    public static FormValues form(Map<String, ?> values) {
        return new FormValues(values);
    }

    public static FormValues form(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new FormValues(values);
    }
}
