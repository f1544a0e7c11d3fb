package no.ipt.workflow.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.workflow.forms.FormValues;

/**
 * "Forleng eller lys ut på nytt": {@code renewal} (EXTEND, RETENDER, LET_EXPIRE) and an optional
 * {@code comment}. EXTEND exercises the agreement's next option today; the agreement refuses when
 * none is left, which rolls the completion back.
 */
@ApplicationScoped
public class ExtendOrRetenderForm extends AgreementTaskForm {

    static final String FORM_KEY = "ipt:framework-agreement/extend-or-retender";
    static final Set<String> FIELDS = Set.of("renewal", "comment");
    static final int MAX_COMMENT = 2000;

    @Inject
    public ExtendOrRetenderForm(FrameworkAgreementRepository agreements) {
        this(agreements, Clock.system(AgreementDates.ZONE));
    }

    ExtendOrRetenderForm(FrameworkAgreementRepository agreements, Clock clock) {
        super(FORM_KEY, agreements, clock);
    }

    protected ExtendOrRetenderForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        RenewalChoice renewal = values.requiredEnum("renewal", RenewalChoice.class);
        Map<String, Object> variables = new HashMap<>();
        variables.put("renewal", renewal.name());
        variables.put("renewalComment", values.optionalString("comment", MAX_COMMENT));
        return variables;
    }

    @Override
    void applyTo(FrameworkAgreement agreement, FormValues values) {
        if (values.requiredEnum("renewal", RenewalChoice.class) == RenewalChoice.EXTEND) {
            agreement.exerciseOption(today());
        }
    }
}
