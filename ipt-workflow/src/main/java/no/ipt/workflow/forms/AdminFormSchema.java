package no.ipt.workflow.forms;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A form-js schema an admin modelled for a user task (form key {@code ipt-form:<id>}), read for what
 * IPT needs: its id and its fields (key, type, required, choices, limits). Reading never throws: what
 * IPT cannot use is a {@link Finding}, which the deployment check reports and refuses. Only flat forms of
 * the field types the task page sends as text are accepted (no groups, lists or buttons), and each key
 * is a process variable name, since the values become the task's process variables.
 */
public final class AdminFormSchema {

    /** Field types whose value the task page sends, and how {@link AdminFormCompletion} reads them. */
    public static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "select",
            "radio", "datetime");
    /** Components that show something and send nothing. */
    public static final Set<String> DISPLAY_TYPES = Set.of("text", "spacer", "separator");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    static final int DEFAULT_MAX_LENGTH = 4000;

    /** One input field. {@code options} is empty unless the field is a select or radio group. */
    public record Field(String componentId, String key, String type, String subtype, boolean required,
                        Set<String> options, int maxLength, Double min, Double max) {
    }

    /** Something that makes the schema unusable, by component id ({@code null}: the form itself). */
    public record Finding(String componentId, String code, String message) {
    }

    private final String id;
    private final List<Field> fields;
    private final List<Finding> findings;

    private AdminFormSchema(String id, List<Field> fields, List<Finding> findings) {
        this.id = id;
        this.fields = List.copyOf(fields);
        this.findings = List.copyOf(findings);
    }

    public static AdminFormSchema parse(String json) {
        List<Finding> findings = new ArrayList<>();
        JsonObject schema;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            schema = reader.readObject();
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            findings.add(new Finding(null, "invalid-form", "Not a form-js schema (a JSON object): " + e.getMessage()));
            return new AdminFormSchema(null, List.of(), findings);
        }
        String id = schema.get("id") instanceof jakarta.json.JsonString s ? s.getString() : null;
        if (id == null || id.isBlank()) {
            findings.add(new Finding(null, "form-no-id", "The form has no id: give it one (the form key is ipt-form:<id>)"));
        } else if (!ID.matcher(id).matches()) {
            findings.add(new Finding(null, "invalid-form-id", "The form's id '" + id
                    + "' must start with a letter and have only letters, digits, '-' and '_' (at most 64)"));
        }
        if (!(schema.get("components") instanceof JsonArray components) || components.isEmpty()) {
            findings.add(new Finding(null, "form-no-fields", "The form has no components: add at least one field"));
            return new AdminFormSchema(id, List.of(), findings);
        }
        List<Field> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonValue value : components) {
            if (!(value instanceof JsonObject component)) {
                findings.add(new Finding(null, "invalid-form", "A component is not a JSON object"));
                continue;
            }
            String componentId = component.getString("id", null);
            String type = component.getString("type", "");
            String where = componentId == null ? "a component of type '" + type + "'" : "the component " + componentId;
            if (DISPLAY_TYPES.contains(type)) {
                continue;
            }
            if (!INPUT_TYPES.contains(type)) {
                findings.add(new Finding(componentId, "unsupported-field-type", "The type '" + type + "' of " + where
                        + " cannot be used on a task form; use " + String.join(", ", new java.util.TreeSet<>(INPUT_TYPES))
                        + " or text"));
                continue;
            }
            String key = component.getString("key", null);
            if (key == null || key.isBlank()) {
                findings.add(new Finding(componentId, "field-no-key", "The field " + where + " has no key"));
                continue;
            }
            if (!KEY.matcher(key).matches()) {
                findings.add(new Finding(componentId, "invalid-field-key", "The key '" + key + "' of " + where
                        + " is no process variable name: a letter or '_', then letters, digits or '_'"));
                continue;
            }
            if (!keys.add(key)) {
                findings.add(new Finding(componentId, "duplicate-field-key", "The key '" + key + "' is used twice"));
                continue;
            }
            JsonObject validate = component.get("validate") instanceof JsonObject v ? v : JsonValue.EMPTY_JSON_OBJECT;
            Set<String> options = new LinkedHashSet<>();
            if (type.equals("select") || type.equals("radio")) {
                if (!(component.get("values") instanceof JsonArray values) || values.isEmpty()) {
                    findings.add(new Finding(componentId, "field-no-options", "The field '" + key
                            + "' needs a fixed list of options (static values)"));
                    continue;
                }
                values.forEach(o -> {
                    if (o instanceof JsonObject option && option.get("value") != null) {
                        JsonValue v = option.get("value");
                        options.add(v instanceof jakarta.json.JsonString s ? s.getString() : v.toString());
                    }
                });
            }
            String subtype = type.equals("datetime") ? component.getString("subtype", "date") : null;
            int maxLength = validate.get("maxLength") instanceof jakarta.json.JsonNumber n ? n.intValue() : DEFAULT_MAX_LENGTH;
            fields.add(new Field(componentId, key, type, subtype, validate.getBoolean("required", false), options,
                    Math.min(maxLength, DEFAULT_MAX_LENGTH), number(validate, "min"), number(validate, "max")));
        }
        if (fields.isEmpty() && findings.isEmpty()) {
            findings.add(new Finding(null, "form-no-fields", "The form has no input field: nothing could be completed"));
        }
        return new AdminFormSchema(id, fields, findings);
    }

    private static Double number(JsonObject validate, String name) {
        return validate.get(name) instanceof jakarta.json.JsonNumber n ? n.doubleValue() : null;
    }

    public String id() {
        return id;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Finding> findings() {
        return findings;
    }

    public boolean usable() {
        return findings.isEmpty();
    }
}
