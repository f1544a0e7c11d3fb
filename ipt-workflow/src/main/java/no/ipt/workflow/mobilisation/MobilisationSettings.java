package no.ipt.workflow.mobilisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the supplier-mobilisation model reads by name ({@code ${mobilisationSettings...}}): how
 * long the market dialogue may collect interest before the project lead decides whether to go on.
 */
@Named("mobilisationSettings")
@ApplicationScoped
public class MobilisationSettings {

    private String interestWaitingPeriod;

    @Inject
    public MobilisationSettings(
            @ConfigProperty(name = "ipt.mobilisation.interest-waiting-period", defaultValue = "P30D") String interestWaitingPeriod) {
        this.interestWaitingPeriod = requireDuration("ipt.mobilisation.interest-waiting-period", interestWaitingPeriod);
    }

    protected MobilisationSettings() {
        // for CDI proxies
    }

    /** Checks that a setting is an ISO-8601 duration such as {@code P30D} and returns it. */
    public static String requireDuration(String property, String value) {
        try {
            Duration.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 duration such as P30D, not '" + value + "'", e);
        }
        return value;
    }

    /** ISO-8601 duration after which too little interest goes to the project lead, e.g. {@code P30D}. */
    public String getInterestWaitingPeriod() {
        return interestWaitingPeriod;
    }
}
