package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/** "Meld tildelinga til tilbydarane": the day every bidder was told of the award and its reasons. */
@ApplicationScoped
public class NotifyBiddersForm extends TenderTaskForm {

    static final Set<String> FIELDS = Set.of("notifiedOn");

    @Inject
    public NotifyBiddersForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public NotifyBiddersForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected NotifyBiddersForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/notify-bidders";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        FormFields.date(values, "notifiedOn");
        return Map.of();
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        tender.notifyBidders(FormFields.date(values, "notifiedOn"));
    }
}
