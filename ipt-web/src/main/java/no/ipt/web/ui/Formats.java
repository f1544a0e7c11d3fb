package no.ipt.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

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
     * An amount in kroner as Norwegians write it: {@code kr 1 880 000}, grouped with no-break spaces,
     * with øre ({@code kr 12 500,50}) only when the amount is not whole; empty for {@code null}.
     */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return "kr " + new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols).format(amount);
    }

    /** Whether a due date has passed. */
    public boolean overdue(Date due) {
        return due != null && due.toInstant().isBefore(Instant.now());
    }
}
