package no.ipt.workflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.spi.CDI;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import no.ipt.workflow.decisions.DecisionPointForm;
import no.ipt.workflow.engine.LifecycleModels;

/**
 * The generic form-js schemas of the lifecycle's user tasks. A stage's forms travel with its BPMN:
 * the task with form key {@code ipt:<stage>/<name>} (or {@code ipt:<name>}) in
 * {@code processes/<stage>/<stage>.bpmn} has its schema in {@code processes/<stage>/forms/<name>.form}.
 * The decision point has no schema: it has its own page.
 */
public final class FormSchemas {

    private static final Map<String, String> RESOURCES = index();

    private FormSchemas() {
    }

    /** Form key → classpath resource of its schema, for every user task of the lifecycle models but the decision point. */
    public static Map<String, String> resources() {
        return RESOURCES;
    }

    /**
     * The schema (form-js JSON) of a form key, if the lifecycle has one; for an admin form key
     * ({@code ipt-form:<id>}) the latest deployed version of that form ({@link AdminForms}).
     */
    public static Optional<String> schema(String formKey) {
        if (AdminForms.isAdminFormKey(formKey)) {
            return CDI.current().select(AdminForms.class).get().schema(formKey);
        }
        String resource = formKey == null ? null : RESOURCES.get(formKey);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = FormSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a form key's schema lies beside the BPMN resource that uses it. */
    static String resourceFor(String bpmnResource, String formKey) {
        String folder = bpmnResource.substring(0, bpmnResource.lastIndexOf('/'));
        String name = formKey.substring(Math.max(formKey.lastIndexOf('/'), formKey.indexOf(':')) + 1);
        return folder + "/forms/" + name + ".form";
    }

    private static Map<String, String> index() {
        Map<String, String> index = new LinkedHashMap<>();
        for (String bpmn : LifecycleModels.RESOURCES) {
            if (!bpmn.endsWith(".bpmn")) {
                continue;
            }
            try (InputStream in = FormSchemas.class.getClassLoader().getResourceAsStream(bpmn)) {
                if (in == null) {
                    throw new IllegalStateException("Missing lifecycle model " + bpmn);
                }
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String formKey = task.getCamundaFormKey();
                    if (formKey != null && !DecisionPointForm.FORM_KEY.equals(formKey)) {
                        index.putIfAbsent(formKey, resourceFor(bpmn, formKey));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(index);
    }
}
