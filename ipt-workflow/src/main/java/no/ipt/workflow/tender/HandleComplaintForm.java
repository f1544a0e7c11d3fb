package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.tender.ComplaintOutcome;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/**
 * "Handsam klaga": upholds or dismisses a complaint. The model routes on {@code complaintOutcome}:
 * an upheld complaint sets the award aside (the tender goes back to evaluation), a dismissed one lets
 * the standstill run out.
 */
@ApplicationScoped
public class HandleComplaintForm extends TenderTaskForm {

    static final Set<String> FIELDS = Set.of("complaintNumber", "outcome", "handledOn");

    @Inject
    public HandleComplaintForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public HandleComplaintForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected HandleComplaintForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/handle-complaint";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        values.requiredInt("complaintNumber");
        ComplaintOutcome outcome = values.requiredEnum("outcome", ComplaintOutcome.class);
        FormFields.date(values, "handledOn");
        return Map.of(TenderProcess.COMPLAINT_OUTCOME, outcome.name());
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        tender.handleComplaint(values.requiredInt("complaintNumber"),
                values.requiredEnum("outcome", ComplaintOutcome.class), FormFields.date(values, "handledOn"));
    }
}
