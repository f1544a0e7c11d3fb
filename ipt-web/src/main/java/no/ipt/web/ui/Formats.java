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

    /**
     * An amount of NOK as Norwegians write it: {@code kr 1 880 000} (groups of three and after
     * {@code kr} a non-breaking space, so the amount never breaks over two lines), with two decimals
     * after a comma only when the amount is not whole ({@code kr 12 500,50}); empty for {@code null}.
     */
    public String amount(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('\u2212');
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        java.text.DecimalFormat format = new java.text.DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return "kr\u00a0" + format.format(value);
    }

    /** A file size in bytes as {@code 512 B}, {@code 12 kB} or {@code 3,4 MB} (1024 based, as file managers show). */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + "\u00a0B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + "\u00a0kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',') + "\u00a0MB";
    }

    /** Whether a due date has passed. */
    public boolean overdue(Date due) {
        return due != null && due.toInstant().isBefore(Instant.now());
    }
}
