package no.ipt.workflow.agreement;

import java.time.Clock;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.workflow.forms.FormValues;

/**
 * A form that changes the case's framework agreement: {@link #apply} loads the case's latest
 * agreement, lets {@link #applyTo} call the domain and stores it. Subclasses' {@code applyTo} is
 * what the unit tests exercise against an aggregate built in memory.
 */
public abstract class AgreementTaskForm extends StageTaskForm {

    private FrameworkAgreementRepository agreements;

    protected AgreementTaskForm(String formKey, FrameworkAgreementRepository agreements, Clock clock) {
        super(formKey, clock);
        this.agreements = agreements;
    }

    protected AgreementTaskForm() {
        // for CDI proxies
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        FrameworkAgreement agreement = CaseAgreements.require(agreements, procurementCase.caseNumber());
        applyTo(agreement, values);
        agreements.store(agreement);
    }

    /** The domain write on {@code agreement}; the values were validated. */
    abstract void applyTo(FrameworkAgreement agreement, FormValues values);
}
