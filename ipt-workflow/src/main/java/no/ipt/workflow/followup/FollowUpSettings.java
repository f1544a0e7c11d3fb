package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the follow-up model and forms read by name ({@code ${followUpSettings...}}): the meeting
 * cycle as a Camunda {@code timeCycle} (an ISO-8601 repeating interval; its period is also the
 * follow-up's meeting cycle in the domain), when the evaluation against the current service falls
 * due, and how long a deviation whose actions are all done may stay open before it is escalated.
 */
@Named("followUpSettings")
@ApplicationScoped
public class FollowUpSettings {

    private static final Pattern CYCLE = Pattern.compile("R\\d*/(P[^/]+)");

    private String meetingCycle;
    private Period meetingPeriod;
    private String evaluationAfter;
    private Period deviationCloseReminder;

    @Inject
    public FollowUpSettings(
            @ConfigProperty(name = "ipt.follow-up.meeting-cycle", defaultValue = "R/P3M") String meetingCycle,
            @ConfigProperty(name = "ipt.follow-up.evaluation-after", defaultValue = "P12M") String evaluationAfter,
            @ConfigProperty(name = "ipt.follow-up.deviation-close-reminder", defaultValue = "P14D") String deviationCloseReminder) {
        Matcher cycle = CYCLE.matcher(meetingCycle == null ? "" : meetingCycle);
        if (!cycle.matches()) {
            throw new IllegalArgumentException("ipt.follow-up.meeting-cycle must be an ISO-8601 repeating interval such as R/P3M, not '"
                    + meetingCycle + "'");
        }
        this.meetingPeriod = period("ipt.follow-up.meeting-cycle", cycle.group(1));
        this.meetingCycle = meetingCycle;
        this.evaluationAfter = evaluationAfter;
        periodOrDuration("ipt.follow-up.evaluation-after", evaluationAfter);
        this.deviationCloseReminder = period("ipt.follow-up.deviation-close-reminder", deviationCloseReminder);
    }

    protected FollowUpSettings() {
        // for CDI proxies
    }

    private static Period period(String property, String value) {
        try {
            Period period = Period.parse(value);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(property + " must be a positive period, not '" + value + "'");
            }
            return period;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 period such as P3M or P14D, not '" + value + "'", e);
        }
    }

    /** A positive ISO-8601 period ({@code P12M}) or duration ({@code PT30S}): the timer takes either. */
    private static void periodOrDuration(String property, String value) {
        if (value != null && value.contains("T")) {
            try {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException(property + " must be a positive duration, not '" + value + "'");
                }
                return;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(property + " must be an ISO-8601 period or duration such as P12M, not '"
                        + value + "'", e);
            }
        }
        period(property, value);
    }

    /** The timer cycle of follow-up meetings, e.g. {@code R/P3M} (quarterly, until the follow-up ends). */
    public String getMeetingCycle() {
        return meetingCycle;
    }

    /** The period of the cycle, e.g. three months: the follow-up's meeting cycle in the domain. */
    public Period meetingPeriod() {
        return meetingPeriod;
    }

    /** ISO-8601 period (or duration) after which the evaluation against the current service falls due, e.g. {@code P12M}. */
    public String getEvaluationAfter() {
        return evaluationAfter;
    }

    /** How long a deviation whose actions are all done may stay open before it is escalated. */
    public Period deviationCloseReminder() {
        return deviationCloseReminder;
    }
}
