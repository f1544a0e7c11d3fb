package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/**
 * "Signer kontrakten": records the signing today. The tender refuses it before the standstill
 * period is over or while a complaint received in it is unhandled ({@link Tender#mayBeSigned}).
 */
@ApplicationScoped
public class SignContractForm extends TenderTaskForm {

    @Inject
    public SignContractForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public SignContractForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected SignContractForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/sign-contract";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(Set.of());
        return Map.of();
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        tender.conclude(today());
    }
}
