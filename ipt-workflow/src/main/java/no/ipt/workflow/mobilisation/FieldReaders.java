package no.ipt.workflow.mobilisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.workflow.forms.FormValues;

/**
 * Reads the field types {@link FormValues} has no method for – dates, check boxes, organisation
 * numbers, optional choices and numbers – from its text fields, naming the field at fault. Shared by
 * the supplier-mobilisation and farm-approval forms.
 */
public final class FieldReaders {

    private FieldReaders() {
    }

    /** An ISO date ({@code 2026-03-14}), or {@code null} when absent. */
    public static LocalDate optionalDate(FormValues values, String name) {
        String s = values.optionalString(name, 10);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be a date such as 2026-03-14");
        }
    }

    public static LocalDate requiredDate(FormValues values, String name) {
        LocalDate date = optionalDate(values, name);
        if (date == null) {
            throw new DomainRuleViolation("required", name, "'" + name + "' is required");
        }
        return date;
    }

    /** A check box sent as the text {@code true} or {@code false}; absent is false. */
    public static boolean flag(FormValues values, String name) {
        String s = values.optionalString(name, 5);
        if (s == null || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be true or false");
    }

    /** A valid organisation number (nine digits, mod-11 check digit). */
    public static OrganisationNumber organisationNumber(FormValues values, String name) {
        String s = values.requiredString(name, 9);
        if (!OrganisationNumber.isValid(s)) {
            throw new DomainRuleViolation("invalid-organisation-number", name,
                    "'" + s + "' is not a valid organisation number");
        }
        return OrganisationNumber.of(s);
    }

    /** An enum constant by name, or {@code null} when absent. */
    public static <E extends Enum<E>> E optionalEnum(FormValues values, String name, Class<E> type) {
        String s = values.optionalString(name, 64);
        return s == null || s.isBlank() ? null : values.requiredEnum(name, type);
    }

    /** A whole number, or {@code null} when absent. */
    public static Integer optionalInt(FormValues values, String name) {
        try {
            return values.requiredInt(name);
        } catch (DomainRuleViolation e) {
            if ("required".equals(e.code())) {
                return null;
            }
            throw e;
        }
    }
}
