package no.ipt.workflow.followup;

import java.time.Clock;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.workflow.agreement.CaseAgreements;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.agreement.StageTaskForm;

/**
 * A form that changes the follow-up of the case's framework agreement: {@link #apply} loads the
 * case's latest agreement and its follow-up – creating the follow-up, with the configured meeting
 * cycle, the first time the stage writes to it – lets {@link #applyTo} call the domain and stores it.
 */
public abstract class FollowUpTaskForm extends StageTaskForm {

    private FrameworkAgreementRepository agreements;
    private FollowUpRepository followUps;
    private FollowUpSettings settings;

    protected FollowUpTaskForm(String formKey, FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                               FollowUpSettings settings, Clock clock) {
        super(formKey, clock);
        this.agreements = agreements;
        this.followUps = followUps;
        this.settings = settings;
    }

    protected FollowUpTaskForm() {
        // for CDI proxies
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        FrameworkAgreement agreement = CaseAgreements.require(agreements, procurementCase.caseNumber());
        FollowUp followUp = followUps.find(agreement.agreementNumber()).orElseGet(() -> start(agreement));
        applyTo(followUp, agreement, values);
        followUps.store(followUp);
    }

    /** The follow-up of {@code agreement} as the stage starts it. */
    FollowUp start(FrameworkAgreement agreement) {
        return new FollowUp(agreement.agreementNumber(), settings.meetingPeriod());
    }

    /** The domain write on {@code followUp}; the values were validated. */
    abstract void applyTo(FollowUp followUp, FrameworkAgreement agreement, FormValues values);
}
