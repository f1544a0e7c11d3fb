package no.ipt.workflow.tender;

import java.time.Clock;
import java.time.LocalDate;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/** A form that changes the case's tender under way: loads it, lets the subclass call the domain, stores it. */
abstract class TenderTaskForm implements TaskForm {

    protected TenderRepository tenders;
    protected Clock clock;

    protected TenderTaskForm(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    protected TenderTaskForm() {
        // for CDI proxies
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        Tender tender = CurrentTender.of(tenders, procurementCase.caseNumber());
        apply(tender, values);
        tenders.store(tender);
    }

    /** The domain write; the values have passed {@link #validate}. */
    protected abstract void apply(Tender tender, FormValues values);

    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
