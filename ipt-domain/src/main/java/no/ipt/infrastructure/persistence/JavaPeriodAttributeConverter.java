package no.ipt.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Period;

/**
 * Stores a {@link Period} of the calendar (years, months, days, e.g. a meeting cycle) as its ISO
 * 8601 text, {@code P3M}: JDBC has no type for it, and the text keeps "3 months" apart from
 * "90 days", which an interval in days would not.
 */
@Converter(autoApply = true)
public class JavaPeriodAttributeConverter implements AttributeConverter<Period, String> {

    @Override
    public String convertToDatabaseColumn(Period period) {
        return period == null ? null : period.toString();
    }

    @Override
    public Period convertToEntityAttribute(String text) {
        return text == null ? null : Period.parse(text);
    }
}
