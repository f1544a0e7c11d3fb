package no.ipt.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/** Dates as Norwegians write them, in Norwegian time: {@code dd.MM.yyyy} (and {@code HH:mm}) in Europe/Oslo. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(OSLO);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OSLO);

    /** A {@link Date}, {@link Instant} or {@link LocalDate} as {@code dd.MM.yyyy}; empty for {@code null}. */
    public String date(Object value) {
        return format(value, DATE);
    }

    /** As {@link #date(Object)} with the time of day ({@code dd.MM.yyyy HH:mm}). */
    public String dateTime(Object value) {
        return format(value, DATE_TIME);
    }

    private static String format(Object value, DateTimeFormatter formatter) {
        if (value == null) {
            return "";
        }
        TemporalAccessor t = value instanceof Date d ? d.toInstant() : (TemporalAccessor) value;
        if (t instanceof LocalDate day && formatter == DATE_TIME) {
            return DATE.format(day);
        }
        return formatter.format(t);
    }

    /** Whether a due date has passed. */
    public boolean overdue(Date due) {
        return due != null && due.toInstant().isBefore(Instant.now());
    }
}
