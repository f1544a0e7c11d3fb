package no.ipt.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Dates and amounts as Norwegians write them: {@code dd.MM.yyyy} (and {@code HH:mm}) in Europe/Oslo, amounts
 * as {@code kr 1 880 000}.
 */
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
     * An amount in kroner: {@code kr 1 880 000}, {@code kr -12 500,50}; thousands grouped with a no-break
     * space (so a figure never wraps), øre after a comma only when there are any; empty for {@code null}.
     */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal whole = rounded.setScale(0, RoundingMode.DOWN);
        String digits = whole.abs().toPlainString();
        StringBuilder text = new StringBuilder("kr ");
        if (rounded.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append('\u00A0');
            }
            text.append(digits.charAt(i));
        }
        BigDecimal ore = rounded.subtract(whole).abs().movePointRight(2);
        if (ore.signum() != 0) {
            text.append(',').append(String.format("%02d", ore.intValue()));
        }
        return text.toString();
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
