package no.ipt.workflow.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the needs-assessment model reads by name ({@code ${needsAssessmentSettings...}}): how long
 * the officer has to describe the need before the task is escalated.
 */
@Named("needsAssessmentSettings")
@ApplicationScoped
public class NeedsAssessmentSettings {

    private String describeNeedReminder;

    @Inject
    public NeedsAssessmentSettings(
            @ConfigProperty(name = "ipt.needs.describe-need-reminder", defaultValue = "P14D") String describeNeedReminder) {
        try {
            Duration.parse(describeNeedReminder);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ipt.needs.describe-need-reminder must be an ISO-8601 duration such as P14D, not '"
                    + describeNeedReminder + "'", e);
        }
        this.describeNeedReminder = describeNeedReminder;
    }

    protected NeedsAssessmentSettings() {
        // for CDI proxies
    }

    /** ISO-8601 duration after which an undescribed need is escalated, e.g. {@code P14D}. */
    public String getDescribeNeedReminder() {
        return describeNeedReminder;
    }
}
