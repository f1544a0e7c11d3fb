package no.ipt.web.api.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.ipt.web.ui.Formats;

/**
 * How the documents write amounts, dates and codes: {@code kr 1 880 000} (a no-break space between thousands,
 * øre after a comma only when there are any), dates {@code dd.MM.yyyy} and times {@code dd.MM.yyyy HH:mm} in
 * Europe/Oslo, codes (stages, statuses, service areas, outcomes) by the UI's Norwegian bundle.
 */
public final class ReportFormats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Formats AMOUNTS = new Formats();
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("no.ipt.web.ui.messages",
            Locale.forLanguageTag("nb"));

    private ReportFormats() {
    }

    /** As the pages write amounts ({@link Formats#amount}): {@code kr 1 880 000}; empty for none. */
    public static String kroner(BigDecimal amount) {
        return AMOUNTS.amount(amount);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OSLO));
    }

    /** The Norwegian text of a code ({@code stage.TENDER} → Konkurranse), the code itself when there is none. */
    public static String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            return TEXTS.getString(prefix + "." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
