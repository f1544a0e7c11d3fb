package no.ipt.workflow.forms;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.shared.DomainRuleViolation;

/** The values a user submitted on a task form, read with type checks that name the field at fault. */
public final class FormValues {

    private final Map<String, Object> values;

    public FormValues(Map<String, ?> values) {
        this.values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Refuses fields the form does not know, so that a typo is not silently dropped. */
    public FormValues onlyFields(Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new DomainRuleViolation("unknown-field", name, "This form has no field '" + name + "'");
            }
        }
        return this;
    }

    /** The value as submitted (text from the task page, any JSON value from the API), or null. */
    public Object value(String name) {
        return values.get(name);
    }

    public String requiredString(String name, int maxLength) {
        String s = optionalString(name, maxLength);
        if (s == null || s.isBlank()) {
            throw new DomainRuleViolation("required", name, "'" + name + "' is required");
        }
        return s;
    }

    public String optionalString(String name, int maxLength) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be text");
        }
        if (s.length() > maxLength) {
            throw new DomainRuleViolation("too-long", name, "'" + name + "' has at most " + maxLength + " characters");
        }
        return s.strip();
    }

    public int requiredInt(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new DomainRuleViolation("required", name, "'" + name + "' is required");
        }
        try {
            if (v instanceof Number n) {
                return new BigDecimal(n.toString()).intValueExact();
            }
            if (v instanceof String s) {
                return new BigDecimal(s.strip()).intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the message below
        }
        throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be a whole number");
    }

    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        String s = requiredString(name, 64);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-choice", name,
                    "'" + s + "' is not a valid choice for '" + name + "'");
        }
    }
}
