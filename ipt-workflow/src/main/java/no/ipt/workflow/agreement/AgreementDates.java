package no.ipt.workflow.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Calendar days of the agreement and follow-up stages as the engine's timer dates, in Norwegian time. */
public final class AgreementDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private AgreementDates() {
    }

    /** Midnight at the start of {@code day} in Norway, as a timer's {@code timeDate}. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
