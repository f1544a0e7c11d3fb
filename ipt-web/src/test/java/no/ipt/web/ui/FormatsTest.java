package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void datesAreWrittenTheNorwegianWayInOsloTime() {
        // 23:30 UTC on New Year's Eve is already 1 January in Oslo (UTC+1)
        Instant newYear = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(formats.date(newYear)).isEqualTo("01.01.2027");
        assertThat(formats.date(Date.from(newYear))).isEqualTo("01.01.2027");
        assertThat(formats.dateTime(newYear)).isEqualTo("01.01.2027 00:30");
        // summer time: UTC+2
        assertThat(formats.dateTime(Instant.parse("2026-07-01T10:15:00Z"))).isEqualTo("01.07.2026 12:15");
        assertThat(formats.date(LocalDate.of(2026, 5, 17))).isEqualTo("17.05.2026");
        assertThat(formats.dateTime(LocalDate.of(2026, 5, 17))).isEqualTo("17.05.2026");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void aTaskIsOverdueOnlyWhenItsDueDateHasPassed() {
        assertThat(formats.overdue(Date.from(Instant.now().minusSeconds(60)))).isTrue();
        assertThat(formats.overdue(Date.from(Instant.now().plusSeconds(3600)))).isFalse();
        assertThat(formats.overdue(null)).isFalse();
    }

    @Test
    void amountsAreKronerGroupedByNoBreakSpacesWithOreOnlyWhenThereAreAny() {
        assertThat(formats.amount(new BigDecimal("1880000"))).isEqualTo("kr 1\u00A0880\u00A0000");
        assertThat(formats.amount(new BigDecimal("1880000.00"))).isEqualTo("kr 1\u00A0880\u00A0000");
        assertThat(formats.amount(new BigDecimal("999"))).isEqualTo("kr 999");
        assertThat(formats.amount(new BigDecimal("1000"))).isEqualTo("kr 1\u00A0000");
        assertThat(formats.amount(BigDecimal.ZERO)).isEqualTo("kr 0");
        assertThat(formats.amount(new BigDecimal("-12500.5"))).isEqualTo("kr -12\u00A0500,50");
        assertThat(formats.amount(new BigDecimal("12.05"))).isEqualTo("kr 12,05");
        assertThat(formats.amount(new BigDecimal("0.004"))).isEqualTo("kr 0");
        assertThat(formats.amount(new BigDecimal("-0.5"))).isEqualTo("kr -0,50");
        assertThat(formats.amount(new BigDecimal("123456789012.345"))).isEqualTo("kr 123\u00A0456\u00A0789\u00A0012,34");
        assertThat(formats.amount(null)).isEmpty();
    }

    @Test
    void fileSizesAsFileManagersShowThem() {
        assertThat(formats.size(900)).isEqualTo("900\u00a0B");
        assertThat(formats.size(12 * 1024)).isEqualTo("12\u00a0kB");
        assertThat(formats.size(3_565_158)).isEqualTo("3,4\u00a0MB");
    }
}
