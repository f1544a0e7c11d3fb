package no.ipt.workflow.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;

/**
 * Reading the tender forms' fields beyond what {@link FormValues} offers: the names of repeated
 * fields such as {@code score.<organisation number>.<criterion>} (in the order submitted), dates and
 * points in time.
 */
final class FormFields {

    private FormFields() {
    }

    /**
     * Refuses unknown fields like {@link FormValues#onlyFields} and returns the submitted field names
     * {@code allowed} accepts, in the order submitted.
     */
    static List<String> names(FormValues values, Predicate<String> allowed) {
        Recording recording = new Recording(allowed);
        values.onlyFields(recording);
        return List.copyOf(recording.names);
    }

    static LocalDate date(FormValues values, String name) {
        String text = values.requiredString(name, 32);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("wrong-type", name, "'" + name + "' must be a date such as 2026-05-25");
        }
    }

    /** A point in time with its offset, e.g. {@code 2026-06-01T12:00:00+02:00}. */
    static Instant instant(FormValues values, String name) {
        String text = values.requiredString(name, 64);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("wrong-type", name,
                    "'" + name + "' must be a date and time with offset such as 2026-06-01T12:00:00+02:00");
        }
    }

    /** The part of a repeated field's name after its prefix, e.g. the criterion of {@code criterion.Quality}. */
    static String suffix(String name, String prefix) {
        String rest = name.substring(prefix.length());
        if (rest.isBlank()) {
            throw new DomainRuleViolation("unknown-field", name, "'" + name + "' must name what it is for after '" + prefix + "'");
        }
        return rest;
    }

    /** A set that accepts the names the predicate accepts and remembers them. */
    private static final class Recording extends AbstractSet<String> {
        private final Predicate<String> allowed;
        private final List<String> names = new ArrayList<>();

        Recording(Predicate<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public boolean contains(Object o) {
            if (o instanceof String name && allowed.test(name)) {
                names.add(name);
                return true;
            }
            return false;
        }

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }

        @Override
        public int size() {
            return names.size();
        }
    }
}
