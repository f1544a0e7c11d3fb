package no.ipt.workflow.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.workflow.forms.FormValues;

/**
 * Reads the value types {@link FormValues} has no method for – ISO dates, amounts of NOK,
 * decimals, organisation numbers, true/false, optional whole numbers and pairs of fields given together – with errors that name the field.
 * Shape checks only; the rules stay in the aggregates.
 */
public final class FormFields {

    private static final int MAX_SHORT_TEXT = 64;

    private FormFields() {
    }

    /** Whether the field was submitted at all (with any value other than null). */
    public static boolean isPresent(FormValues values, String name) {
        try {
            return values.optionalString(name, Integer.MAX_VALUE) != null;
        } catch (DomainRuleViolation notText) {
            return true;
        }
    }

    /** An ISO-8601 date such as {@code 2026-03-02}. */
    public static LocalDate date(FormValues values, String name) {
        String text = values.requiredString(name, MAX_SHORT_TEXT);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be a date such as 2026-03-02");
        }
    }

    public static LocalDate optionalDate(FormValues values, String name) {
        return isPresent(values, name) ? date(values, name) : null;
    }

    /** A plain decimal amount of NOK such as {@code 1250.50}. */
    public static Money money(FormValues values, String name) {
        String text = values.requiredString(name, MAX_SHORT_TEXT);
        try {
            return Money.nok(text);
        } catch (DomainRuleViolation | ArithmeticException e) {
            throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be an amount of NOK such as 1250.50");
        }
    }

    /** A plain decimal number such as {@code 4.75}. */
    public static BigDecimal decimal(FormValues values, String name) {
        String text = values.requiredString(name, MAX_SHORT_TEXT);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be a number such as 4.75");
        }
    }

    /** Both fields or neither: a pair such as places called off and places used. */
    public static boolean pair(FormValues values, String first, String second) {
        boolean hasFirst = isPresent(values, first);
        if (hasFirst != isPresent(values, second)) {
            String missing = hasFirst ? second : first;
            throw new DomainRuleViolation("required", missing, "'" + missing + "' is required with '"
                    + (hasFirst ? first : second) + "'");
        }
        return hasFirst;
    }

    public static Integer optionalInt(FormValues values, String name) {
        return isPresent(values, name) ? values.requiredInt(name) : null;
    }

    /** A 9-digit organisation number with a valid check digit. */
    public static OrganisationNumber organisationNumber(FormValues values, String name) {
        String text = values.requiredString(name, MAX_SHORT_TEXT);
        if (!OrganisationNumber.isValid(text)) {
            throw new DomainRuleViolation("invalid-organisation-number", name,
                    "'" + text + "' is not a valid organisation number");
        }
        return OrganisationNumber.of(text);
    }

    /** The text {@code true} or {@code false}; absent is {@code false}. */
    public static boolean flag(FormValues values, String name) {
        String text = isPresent(values, name) ? textOrNull(values, name) : "false";
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be true or false");
    }

    private static String textOrNull(FormValues values, String name) {
        try {
            return values.optionalString(name, MAX_SHORT_TEXT);
        } catch (DomainRuleViolation notText) {
            return null;
        }
    }
}
