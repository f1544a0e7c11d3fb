package no.ipt.domain.shared;

/**
 * Guards for constructor and method arguments that every aggregate needs alike. Codes follow the
 * existing convention: {@code missing-<field>} and {@code <field>-too-long}, in kebab case.
 */
public final class Require {

    private Require() {
    }

    /** A non-blank text of at most {@code maxLength} characters, stripped. */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("missing-" + kebab(field), field, "Fill in " + words(field));
        }
        return optionalText(value, field, maxLength);
    }

    /** Like {@link #text} but blank becomes {@code null}. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainRuleViolation(kebab(field) + "-too-long", field,
                    "The " + words(field) + " has at most " + maxLength + " characters");
        }
        return stripped;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("missing-" + kebab(field), field, "Fill in " + words(field));
        }
        return value;
    }

    private static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String words(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }
}
