package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import no.ipt.application.cases.CaseView;
import no.ipt.application.tasks.TaskView;
import org.junit.jupiter.api.Test;

class TaskFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final CaseView STEINKJER_TENDER = new CaseView("IPT-1", "Dagtilbod", "5006", "HEALTH_AND_CARE",
            "TENDER", "OPEN", null, null, NOW, null, 1, true, List.of(), null);

    private static TaskView dueIn(Duration d) {
        return new TaskView("t", "Oppgåve", "Key", "proc", "IPT-1", "ipt:x", null, List.of("procurement-officer"),
                Date.from(NOW.minusSeconds(60)), d == null ? null : Date.from(NOW.plus(d)), 50, null);
    }

    @Test
    void noFilterLetsEveryTaskThrough() {
        assertThat(new TaskFilter(null, null, null, null).matches(dueIn(null), STEINKJER_TENDER, NOW)).isTrue();
    }

    @Test
    void stageMunicipalityAndServiceAreaAreTheCase() {
        assertThat(new TaskFilter("TENDER", "5006", "HEALTH_AND_CARE", null).matches(dueIn(null), STEINKJER_TENDER, NOW)).isTrue();
        assertThat(new TaskFilter("FOLLOW_UP", null, null, null).matches(dueIn(null), STEINKJER_TENDER, NOW)).isFalse();
        assertThat(new TaskFilter(null, "3303", null, null).matches(dueIn(null), STEINKJER_TENDER, NOW)).isFalse();
        assertThat(new TaskFilter(null, null, "CHILD_WELFARE", null).matches(dueIn(null), STEINKJER_TENDER, NOW)).isFalse();
    }

    @Test
    void dueChoicesIncludeWhatIsOverdueAndLeaveOutTasksWithoutADueDate() {
        TaskFilter overdue = new TaskFilter(null, null, null, TaskFilter.Due.OVERDUE);
        TaskFilter week = new TaskFilter(null, null, null, TaskFilter.Due.WEEK);
        assertThat(overdue.matches(dueIn(Duration.ofHours(-1)), STEINKJER_TENDER, NOW)).isTrue();
        assertThat(overdue.matches(dueIn(Duration.ofHours(1)), STEINKJER_TENDER, NOW)).isFalse();
        assertThat(week.matches(dueIn(Duration.ofDays(6)), STEINKJER_TENDER, NOW)).isTrue();
        assertThat(week.matches(dueIn(Duration.ofHours(-1)), STEINKJER_TENDER, NOW)).isTrue();
        assertThat(week.matches(dueIn(Duration.ofDays(8)), STEINKJER_TENDER, NOW)).isFalse();
        assertThat(week.matches(dueIn(null), STEINKJER_TENDER, NOW)).isFalse();
    }

    @Test
    void anUnknownDueChoiceFromTheAddressIsAll() {
        assertThat(TaskFilter.due("week")).isEqualTo(TaskFilter.Due.WEEK);
        assertThat(TaskFilter.due("tomorrow")).isNull();
        assertThat(TaskFilter.due(null)).isNull();
    }
}
