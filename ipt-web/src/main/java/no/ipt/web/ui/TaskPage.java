package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.application.tasks.TaskView;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;
import no.ipt.workflow.decisions.DecisionPointForm;
import no.ipt.workflow.forms.FormSchemas;

/**
 * One user task with its case and its generic form: the form-js schema of the task's form key
 * ({@link FormSchemas}), drawn in the browser by the form-js viewer. The browser puts the form's values
 * as JSON into a hidden field of a Faces form, so "complete" and "save draft" are ordinary Faces POSTs
 * (the view state is the CSRF token). A broken domain rule comes back as field errors (the domain's
 * field name is the form-js field key) and the input is kept. A decision point has its own page.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskApplicationService tasks;

    @Inject
    CaseApplicationService cases;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    @Inject
    TenderForms tenderForms;

    private String taskId;
    private TaskView task;
    private CaseView procurementCase;
    private String schema;
    private String values = "{}";
    private String errors = "{}";
    private boolean draftSaved;

    /** The view action: the task, its case, its schema and the saved draft (on the first request only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            task = tasks.find(caller.get(), taskId);
            procurementCase = task.caseNumber() == null ? null : cases.find(caller.get(), task.caseNumber());
            schema = tenderForms.schema(caller.get(), task, FormSchemas.schema(task.formKey()).orElse(null));
            values = tasks.draft(caller.get(), taskId).map(draft -> {
                draftSaved = true;
                return draft;
            }).orElse(initialValues());
        } catch (RuntimeException e) {
            task = null;
            failures.show(e, Map.of());
        }
    }

    /** A form starts with what the process fixed: the farm a task is about, the deviation it follows up. */
    private String initialValues() {
        return withGivenValues("{}", tasks.givenValues(caller.get(), taskId));
    }

    /** {@code valuesJson} with the values the process fixed for the task ({@code given}) over what was typed. */
    private static String withGivenValues(String valuesJson, Map<String, Object> given) {
        JsonObjectBuilder builder;
        try (JsonReader reader = Json.createReader(new StringReader(valuesJson))) {
            builder = Json.createObjectBuilder(reader.readObject());
        }
        given.forEach((field, value) -> {
            if (value instanceof Number number) {
                builder.add(field, new BigDecimal(number.toString()));
            } else {
                builder.add(field, value.toString());
            }
        });
        return builder.build().toString();
    }

    /** Completes the task with the form's values, for the case version the page was loaded with. */
    public String complete() {
        errors = "{}";
        try {
            tasks.complete(caller.get(), taskId, procurementCase.version(), submittedValues());
        } catch (RuntimeException e) {
            refused(e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("taskForm.completed", texts.task(
                task.taskDefinitionKey(), task.name())));
        return "/case?faces-redirect=true&n=" + task.caseNumber();
    }

    /** Keeps the form's values as the task's draft without completing it. */
    public String saveDraft() {
        errors = "{}";
        try {
            submittedValues();
            tasks.saveDraft(caller.get(), taskId, values);
            draftSaved = true;
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("taskForm.draftSaved"));
        } catch (RuntimeException e) {
            refused(e);
        }
        return null;
    }

    /**
     * The values as the task forms read them: text, as the REST API's clients send them – numbers in
     * plain notation, check boxes as {@code true}/{@code false}; empty fields are left out.
     */
    Map<String, String> submittedValues() {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(values == null || values.isBlank() ? "{}" : values))) {
            json = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new DomainRuleViolation("malformed-form", null, "The form's values are not a JSON object");
        }
        Map<String, String> submitted = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            String text = switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
                case TRUE -> "true";
                case FALSE -> "false";
                default -> null;
            };
            if (text != null && !text.isBlank()) {
                submitted.put(name, text);
            }
        });
        return submitted;
    }

    private void refused(RuntimeException e) {
        DomainRuleViolation v = violation(e);
        if (v != null) {
            if (v.field() != null) {
                Map<String, Object> given = tasks.givenValues(caller.get(), taskId);
                if (given.containsKey(v.field())) {
                    // refused for naming another farm or deviation than the task's: the task's own is shown again
                    values = withGivenValues(values, given);
                }
            }
            showFieldError(v);
        } else {
            failures.show(e, Map.of());
        }
    }

    /** The rule's message next to its field in the form (form-js field errors), or for the page. */
    private void showFieldError(DomainRuleViolation v) {
        String message = texts.violation(v);
        if (v.field() == null || !shownAt(v.field())) {
            // a rule about something the form does not show (the case, its tender) has no field to sit by
            texts.message(null, FacesMessage.SEVERITY_ERROR, message);
            return;
        }
        JsonObjectBuilder builder = Json.createObjectBuilder().add(v.field(), message);
        errors = builder.build().toString();
        texts.message(null, FacesMessage.SEVERITY_ERROR, texts.get("taskForm.fieldErrors"));
    }

    /** Whether the page has a place for {@code field}'s message: a form field or the scoring matrix. */
    private boolean shownAt(String field) {
        return hasField(schema, field) || ScoreMatrix.FORM_KEY.equals(task.formKey()) && field.startsWith("score");
    }

    /**
     * Whether the form-js {@code schema} has a field for the task form's {@code field}, at any depth: its
     * key, or its {@code properties.field} where the name cannot be a form-js key (as task-form.js reads it).
     */
    static boolean hasField(String schema, String field) {
        if (schema == null) {
            return false;
        }
        try (JsonReader reader = Json.createReader(new StringReader(schema))) {
            return hasField(reader.readObject(), field);
        }
    }

    private static boolean hasField(JsonObject component, String field) {
        JsonObject properties = component.containsKey("properties") ? component.getJsonObject("properties") : null;
        if (field.equals(component.getString("key", null))
                || properties != null && field.equals(properties.getString("field", null))) {
            return true;
        }
        return component.containsKey("components") && component.getJsonArray("components")
                .getValuesAs(JsonObject.class).stream().anyMatch(child -> hasField(child, field));
    }

    public boolean isFound() {
        return task != null;
    }

    public boolean isDecision() {
        return task != null && DecisionPointForm.FORM_KEY.equals(task.formKey());
    }

    public boolean isHasSchema() {
        return schema != null;
    }

    public TaskView getTask() {
        return task;
    }

    public CaseView getCase() {
        return procurementCase;
    }

    public String getSchema() {
        return schema;
    }

    public String getErrors() {
        return errors;
    }

    public boolean isDraftSaved() {
        return draftSaved;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    /** The broken domain rule behind {@code e} (the transaction may wrap it), or null. */
    private static DomainRuleViolation violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainRuleViolation v) {
                return v;
            }
        }
        return null;
    }
}
