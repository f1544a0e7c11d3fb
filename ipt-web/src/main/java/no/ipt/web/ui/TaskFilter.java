package no.ipt.web.ui;

import java.time.Duration;
import java.time.Instant;
import no.ipt.application.cases.CaseView;
import no.ipt.application.tasks.TaskView;

/**
 * The filters of "My tasks" that concern a task's case (stage, municipality, service area) and its due
 * date; {@code null} is "all". Applied in the page to the tasks {@code GET /api/tasks} gives, since a
 * user has tens of tasks, not thousands.
 */
public record TaskFilter(String stage, String municipality, String serviceArea, Due due) {

    /** Due-date choices: overdue, or due within the next week or month (overdue ones included). */
    public enum Due {
        OVERDUE(Duration.ZERO), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30));

        private final Duration within;

        Due(Duration within) {
            this.within = within;
        }
    }

    /** Whether the task of {@code procurementCase} passes every filter at {@code now}. */
    public boolean matches(TaskView task, CaseView procurementCase, Instant now) {
        if (procurementCase == null) {
            return stage == null && municipality == null && serviceArea == null && dueMatches(task, now);
        }
        return (stage == null || stage.equals(procurementCase.stage()))
                && (municipality == null || municipality.equals(procurementCase.municipalityNumber()))
                && (serviceArea == null || serviceArea.equals(procurementCase.serviceArea()))
                && dueMatches(task, now);
    }

    private boolean dueMatches(TaskView task, Instant now) {
        if (due == null) {
            return true;
        }
        return task.due() != null && task.due().toInstant().isBefore(now.plus(due.within));
    }

    /** A due choice from the address; anything else is "all". */
    public static Due due(String text) {
        for (Due d : Due.values()) {
            if (d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        return null;
    }
}
