package no.ipt.workflow.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.workflow.forms.FormValues;

/** "Sei opp avtalen": {@code terminationDate} (ISO date within the term) and {@code reason} (required text). */
@ApplicationScoped
public class TerminateAgreementForm extends AgreementTaskForm {

    static final String FORM_KEY = "ipt:framework-agreement/terminate-agreement";
    static final Set<String> FIELDS = Set.of("terminationDate", "reason");

    @Inject
    public TerminateAgreementForm(FrameworkAgreementRepository agreements) {
        super(FORM_KEY, agreements, Clock.system(AgreementDates.ZONE));
    }

    protected TerminateAgreementForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        FormFields.date(values, "terminationDate");
        values.requiredString("reason", FrameworkAgreement.MAX_TERMINATION_REASON_LENGTH);
        return Map.of();
    }

    @Override
    void applyTo(FrameworkAgreement agreement, FormValues values) {
        agreement.terminate(FormFields.date(values, "terminationDate"),
                values.requiredString("reason", FrameworkAgreement.MAX_TERMINATION_REASON_LENGTH));
    }
}
