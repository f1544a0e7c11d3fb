package no.ipt.workflow.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The generic {@link TaskForm} of a task whose form an admin modelled ({@code ipt-form:<id>}): the
 * submitted values are checked against the schema's fields – known keys only, required fields, numbers,
 * limits, choices, dates – and become process variables under their keys (numbers as Long or Double,
 * check boxes as Boolean, the rest as text). It changes nothing in the case: an admin's task records
 * what was entered; anything more needs a typed form in code.
 */
public final class AdminFormCompletion implements TaskForm {

    private final String formKey;
    private final AdminFormSchema schema;

    public AdminFormCompletion(String formKey, AdminFormSchema schema) {
        if (!schema.usable()) {
            throw new IllegalStateException("The form " + formKey + " is not usable: " + schema.findings());
        }
        this.formKey = formKey;
        this.schema = schema;
    }

    @Override
    public String formKey() {
        return formKey;
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        Set<String> keys = schema.fields().stream().map(AdminFormSchema.Field::key).collect(Collectors.toSet());
        values.onlyFields(keys);
        Map<String, Object> variables = new LinkedHashMap<>();
        for (AdminFormSchema.Field field : schema.fields()) {
            Object raw = values.value(field.key());
            if (raw instanceof String s && s.isBlank()) {
                raw = null;
            }
            Object value = raw == null ? null : typed(field, raw);
            boolean missing = value == null || (field.type().equals("checkbox") && Boolean.FALSE.equals(value));
            if (field.required() && missing) {
                throw new DomainRuleViolation("required", field.key(), "'" + field.key() + "' is required");
            }
            if (value != null) {
                variables.put(field.key(), value);
            }
        }
        return variables;
    }

    private static Object typed(AdminFormSchema.Field field, Object raw) {
        String key = field.key();
        String text = raw.toString().strip();
        switch (field.type()) {
            case "number" -> {
                BigDecimal number;
                try {
                    number = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new DomainRuleViolation("wrong-type", key, "'" + key + "' must be a number");
                }
                if ((field.min() != null && number.doubleValue() < field.min())
                        || (field.max() != null && number.doubleValue() > field.max())) {
                    throw new DomainRuleViolation("out-of-range", key, "'" + key + "' must lie between "
                            + (field.min() == null ? "-∞" : field.min()) + " and " + (field.max() == null ? "∞" : field.max()));
                }
                try {
                    return number.longValueExact();
                } catch (ArithmeticException fraction) {
                    return number.doubleValue();
                }
            }
            case "checkbox" -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                if (!text.equals("true") && !text.equals("false")) {
                    throw new DomainRuleViolation("wrong-type", key, "'" + key + "' must be true or false");
                }
                return Boolean.valueOf(text);
            }
            case "select", "radio" -> {
                if (!field.options().contains(text)) {
                    throw new DomainRuleViolation("invalid-choice", key, "'" + text + "' is not a valid choice for '" + key + "'");
                }
                return text;
            }
            case "datetime" -> {
                if ("date".equals(field.subtype())) {
                    try {
                        LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new DomainRuleViolation("wrong-type", key, "'" + key + "' must be a date (YYYY-MM-DD)");
                    }
                }
                return requireLength(field, text, 64);
            }
            default -> {
                if (!(raw instanceof String)) {
                    throw new DomainRuleViolation("wrong-type", key, "'" + key + "' must be text");
                }
                return requireLength(field, text, field.maxLength());
            }
        }
    }

    private static String requireLength(AdminFormSchema.Field field, String text, int max) {
        if (text.length() > max) {
            throw new DomainRuleViolation("too-long", field.key(), "'" + field.key() + "' has at most " + max + " characters");
        }
        return text;
    }

    /** An admin's form has no domain side: its values are the task's process variables and no more. */
    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        // nothing: validate() already produced the variables the task completes with
    }
}
