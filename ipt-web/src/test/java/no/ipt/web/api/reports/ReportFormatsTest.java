package no.ipt.web.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void kroner_are_written_as_the_pages_write_them() {
        // the cases are in FormatsTest; here only that the documents use the same form
        assertThat(ReportFormats.kroner(new BigDecimal("1880000.00"))).isEqualTo("kr 1\u00A0880\u00A0000");
        assertThat(ReportFormats.kroner(new BigDecimal("-12500.5"))).isEqualTo("kr -12\u00A0500,50");
        assertThat(ReportFormats.kroner(null)).isEmpty();
    }

    @Test
    void dates_are_day_month_year_and_times_are_in_oslo() {
        assertThat(ReportFormats.date(LocalDate.of(2026, 3, 5))).isEqualTo("05.03.2026");
        // 23:30 UTC in winter is 00:30 the next day in Oslo; in summer (UTC+2) 22:15 UTC is 00:15
        assertThat(ReportFormats.dateTime(Instant.parse("2026-01-31T23:30:00Z"))).isEqualTo("01.02.2026 00:30");
        assertThat(ReportFormats.dateTime(Instant.parse("2026-06-30T22:15:00Z"))).isEqualTo("01.07.2026 00:15");
        assertThat(ReportFormats.date(null)).isEmpty();
    }

    @Test
    void codes_read_in_norwegian_and_unknown_codes_stay_as_they_are() {
        assertThat(ReportFormats.label("stage", "TENDER")).isEqualTo("Konkurranse");
        assertThat(ReportFormats.label("outcome", "SEND_BACK")).isEqualTo("Sendt tilbake");
        assertThat(ReportFormats.label("stage", "NO_SUCH_STAGE")).isEqualTo("NO_SUCH_STAGE");
    }
}
