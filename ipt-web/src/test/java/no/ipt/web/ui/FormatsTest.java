package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
    void amountsInKronerWithNorwegianGrouping() {
        assertThat(formats.amount(new java.math.BigDecimal("1880000"))).isEqualTo("kr\u00a01\u00a0880\u00a0000");
        assertThat(formats.amount(new java.math.BigDecimal("1880000.00"))).isEqualTo("kr\u00a01\u00a0880\u00a0000");
        assertThat(formats.amount(new java.math.BigDecimal("12500.5"))).isEqualTo("kr\u00a012\u00a0500,50");
        assertThat(formats.amount(new java.math.BigDecimal("-950"))).isEqualTo("kr\u00a0\u2212950");
        assertThat(formats.amount(java.math.BigDecimal.ZERO)).isEqualTo("kr\u00a00");
        assertThat(formats.amount(null)).isEmpty();
        assertThat(formats.size(900)).isEqualTo("900\u00a0B");
        assertThat(formats.size(12 * 1024)).isEqualTo("12\u00a0kB");
        assertThat(formats.size(3_565_158)).isEqualTo("3,4\u00a0MB");
    }
}
