package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FarmPageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void whatRunsOutWithinNinetyDaysIsPointedOutAndWhatHasRunOutIsExpired() {
        assertThat(FarmPage.expiry(TODAY.minusDays(1), TODAY)).isEqualTo("expired");
        assertThat(FarmPage.expiry(TODAY, TODAY)).as("the last day itself is still in time").isEqualTo("soon");
        assertThat(FarmPage.expiry(TODAY.plusDays(90), TODAY)).isEqualTo("soon");
        assertThat(FarmPage.expiry(TODAY.plusDays(91), TODAY)).isEmpty();
        assertThat(FarmPage.expiry(null, TODAY)).isEmpty();
    }
}
