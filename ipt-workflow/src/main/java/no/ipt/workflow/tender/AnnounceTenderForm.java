package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.tender.Announcement;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/**
 * "Kunngjer konkurransen": the notice's reference on Doffin (and TED) and the day it was published.
 * A Part I competition may be opened by invitation, without a reference; the tender decides.
 */
@ApplicationScoped
public class AnnounceTenderForm extends TenderTaskForm {

    static final Set<String> FIELDS = Set.of("noticeReference", "announcedOn");

    @Inject
    public AnnounceTenderForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public AnnounceTenderForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected AnnounceTenderForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/announce";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        values.optionalString("noticeReference", Announcement.MAX_REFERENCE_LENGTH);
        FormFields.date(values, "announcedOn");
        return Map.of();
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        tender.announce(new Announcement(values.optionalString("noticeReference", Announcement.MAX_REFERENCE_LENGTH),
                FormFields.date(values, "announcedOn")));
    }
}
