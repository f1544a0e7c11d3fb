package no.ipt.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.decisions.DecisionPointForm;

/** Every user task of the lifecycle has a form-js schema beside its BPMN, and its fields are the fields its TaskForm accepts. */
class FormSchemasTest {

    private static final Map<String, TaskForm> FORMS = new HashMap<>();

    @BeforeAll
    static void findTaskForms() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(TaskForm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("no/ipt/workflow"))) {
            files = walk.filter(p -> p.toString().endsWith("Form.class")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name);
            if (!TaskForm.class.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            Constructor<?> noArgs = type.getDeclaredConstructor();
            noArgs.setAccessible(true);
            TaskForm form = (TaskForm) noArgs.newInstance();
            String formKey = form.formKey();
            if (formKey == null) {
                // a stage base class keeps the key in a field its CDI constructor sets
                Field constant = type.getDeclaredField("FORM_KEY");
                constant.setAccessible(true);
                formKey = (String) constant.get(null);
            }
            FORMS.put(formKey, form);
        }
    }

    @Test
    void everyUserTaskOfTheLifecycleHasASchemaBesideItsBpmn() {
        assertThat(FormSchemas.resources()).containsKeys("ipt:describe-need", "ipt:tender/score-offers",
                "ipt:farm-approval/decide", "ipt:follow-up/report-deviation").doesNotContainKey(DecisionPointForm.FORM_KEY);
        assertThat(FormSchemas.resources()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(FormSchemas.resources().get("ipt:tender/score-offers")).isEqualTo("processes/tender/forms/score-offers.form");
        FormSchemas.resources().forEach((formKey, resource) -> {
            assertThat(FormSchemas.schema(formKey)).as(resource).isPresent();
            JsonObject schema = parse(formKey);
            assertThat(schema.get("components")).as(resource).isNotNull()
                    .extracting(JsonValue::getValueType).isEqualTo(JsonValue.ValueType.ARRAY);
            assertThat(schema.getString("formKey")).as(resource).isEqualTo(formKey);
        });
    }

    @Test
    void theFieldsOfEverySchemaAreAcceptedByItsTaskForm() {
        FormSchemas.resources().forEach((formKey, resource) -> {
            TaskForm form = FORMS.get(formKey);
            assertThat(form).as("TaskForm for " + formKey).isNotNull();
            Set<String> declared = declaredFields(form.getClass());
            for (String key : keys(parse(formKey))) {
                assertThat(accepts(form, declared, key)).as(resource + " field " + key).isTrue();
            }
        });
    }

    @Test
    void theCheckRefusesAFieldTheFormDoesNotKnow() {
        TaskForm describeNeed = FORMS.get("ipt:describe-need");
        assertThat(accepts(describeNeed, declaredFields(describeNeed.getClass()), "needDescription")).isTrue();
        assertThat(accepts(describeNeed, declaredFields(describeNeed.getClass()), "needDescriptionTypo")).isFalse();
        assertThat(keys(parse("ipt:describe-need"))).contains("needDescription", "participants", "periodStart",
                "transport", "serviceCategory", "buyerType");
    }

    /**
     * A field shown on a condition (form-js {@code conditional.hide}, a FEEL expression such as
     * {@code =decision != "REJECTED"}) names a field of the same form, and a value it compares with is
     * one of that field's choices: a typo would hide the field for good, or show it always.
     */
    @Test
    void everyConditionNamesAFieldOfItsFormAndOneOfItsChoices() {
        java.util.regex.Pattern comparison = java.util.regex.Pattern.compile("^=\\s*(\\w+)\\s*!?=\\s*(\"([^\"]*)\"|true|false)\\s*$");
        int conditions = 0;
        for (String formKey : FormSchemas.resources().keySet()) {
            JsonObject schema = parse(formKey);
            Map<String, JsonObject> fields = new HashMap<>();
            for (JsonValue c : schema.getJsonArray("components")) {
                JsonObject component = c.asJsonObject();
                if (component.containsKey("key")) {
                    fields.put(component.getString("key"), component);
                }
            }
            for (JsonObject component : fields.values()) {
                if (!component.containsKey("conditional")) {
                    continue;
                }
                conditions++;
                String hide = component.getJsonObject("conditional").getString("hide");
                var match = comparison.matcher(hide);
                assertThat(match.matches()).as(formKey + " " + component.getString("key") + ": " + hide).isTrue();
                JsonObject on = fields.get(match.group(1));
                assertThat(on).as(formKey + ": the field " + match.group(1) + " of " + hide).isNotNull();
                if (match.group(3) != null) {
                    assertThat(on.getJsonArray("values").getValuesAs(JsonObject.class)).as(formKey + ": " + hide)
                            .extracting(v -> v.getString("value")).contains(match.group(3));
                } else {
                    assertThat(on.getString("type")).as(formKey + ": " + hide).isEqualTo("checkbox");
                }
            }
        }
        assertThat(conditions).as("conditional fields in the shipped forms").isGreaterThanOrEqualTo(8);
    }

    /**
     * A field is accepted when the form's own check of field names lets it through (validating only it
     * fails for another reason than 'unknown-field'); where the form cannot be probed without its
     * collaborators, the name must be in its FIELDS.
     */
    private static boolean accepts(TaskForm form, Set<String> declared, String key) {
        try {
            form.validate(new FormValues(Map.of(key, "x")));
            return true;
        } catch (DomainRuleViolation e) {
            if ("unknown-field".equals(e.code())) {
                return false;
            }
            return true;
        } catch (RuntimeException inconclusive) {
            return declared != null && declared.contains(key);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> declaredFields(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field fields = c.getDeclaredField("FIELDS");
                fields.setAccessible(true);
                return (Set<String>) fields.get(null);
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static JsonObject parse(String formKey) {
        try (var reader = Json.createReader(new StringReader(FormSchemas.schema(formKey).orElseThrow()))) {
            return reader.readObject();
        }
    }

    private static List<String> keys(JsonObject schema) {
        List<String> keys = new ArrayList<>();
        for (JsonValue c : schema.getJsonArray("components")) {
            JsonObject component = c.asJsonObject();
            if (component.containsKey("key")) {
                keys.add(component.getString("key"));
            }
        }
        return keys;
    }
}
