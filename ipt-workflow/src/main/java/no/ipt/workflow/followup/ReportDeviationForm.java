package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.CorrectiveAction;
import no.ipt.domain.followup.Deviation;
import no.ipt.domain.followup.DeviationCategory;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.followup.Severity;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.agreement.FormFields;
import no.ipt.workflow.forms.FormValues;

/**
 * "Meld avvik": {@code reportedOn} (ISO date), {@code category} (a {@link DeviationCategory}),
 * {@code severity} (LOW, MEDIUM, HIGH, CRITICAL), {@code description} (about the service, never a
 * named user) and at least one corrective action, {@code actions.N.description} with
 * {@code actions.N.deadline} for N = 1 … {@value #MAX_ACTIONS} without gaps.
 */
@ApplicationScoped
public class ReportDeviationForm extends FollowUpTaskForm {

    static final String FORM_KEY = "ipt:follow-up/report-deviation";
    static final int MAX_ACTIONS = 10;
    static final Set<String> FIELDS = fields();

    @Inject
    public ReportDeviationForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                               FollowUpSettings settings) {
        this(agreements, followUps, settings, Clock.system(AgreementDates.ZONE));
    }

    ReportDeviationForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps, FollowUpSettings settings,
                        Clock clock) {
        super(FORM_KEY, agreements, followUps, settings, clock);
    }

    protected ReportDeviationForm() {
        // for CDI proxies
    }

    private static Set<String> fields() {
        Set<String> names = new HashSet<>(Set.of("reportedOn", "category", "severity", "description"));
        for (int i = 1; i <= MAX_ACTIONS; i++) {
            names.add("actions." + i + ".description");
            names.add("actions." + i + ".deadline");
        }
        return Set.copyOf(names);
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        FormFields.date(values, "reportedOn");
        values.requiredEnum("category", DeviationCategory.class);
        Severity severity = values.requiredEnum("severity", Severity.class);
        values.requiredString("description", Deviation.MAX_DESCRIPTION_LENGTH);
        actions(values);
        return Map.of("deviationSeverity", severity.name());
    }

    @Override
    void applyTo(FollowUp followUp, FrameworkAgreement agreement, FormValues values) {
        Deviation deviation = followUp.reportDeviation(FormFields.date(values, "reportedOn"),
                values.requiredEnum("category", DeviationCategory.class),
                values.requiredString("description", Deviation.MAX_DESCRIPTION_LENGTH),
                values.requiredEnum("severity", Severity.class));
        actions(values).forEach((description, deadline) ->
                followUp.addCorrectiveAction(deviation.number(), description, deadline));
    }

    /** The actions in order, description to deadline. */
    private static Map<String, LocalDate> actions(FormValues values) {
        Map<String, LocalDate> actions = new LinkedHashMap<>();
        int i = 1;
        for (; i <= MAX_ACTIONS && FormFields.pair(values, "actions." + i + ".description", "actions." + i + ".deadline"); i++) {
            String description = values.requiredString("actions." + i + ".description", CorrectiveAction.MAX_DESCRIPTION_LENGTH);
            if (actions.put(description, FormFields.date(values, "actions." + i + ".deadline")) != null) {
                throw new DomainRuleViolation("duplicate-action", "actions." + i + ".description",
                        "The action '" + description + "' is listed twice");
            }
        }
        for (int later = i + 1; later <= MAX_ACTIONS; later++) {
            if (FormFields.isPresent(values, "actions." + later + ".description")
                    || FormFields.isPresent(values, "actions." + later + ".deadline")) {
                throw new DomainRuleViolation("gap-in-list", "actions." + i + ".description",
                        "'actions." + later + ".description' is given but 'actions." + i + ".description' is not");
            }
        }
        if (actions.isEmpty()) {
            throw new DomainRuleViolation("required", "actions.1.description",
                    "Say what will be done about the deviation, and by when");
        }
        return actions;
    }
}
