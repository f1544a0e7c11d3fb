package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.approval.SiteVisit;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;

/** "Synfaring på garden": when the farm was visited, by whom, and what was seen. */
@ApplicationScoped
public class SiteVisitForm extends FarmApprovalForm {

    static final Set<String> FIELDS = Set.of(FARM, "visitedOn", "visitedBy", "notes");

    @Inject
    public SiteVisitForm(FarmApprovalRepository approvals, FarmApprovalSettings settings, RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public SiteVisitForm(FarmApprovalRepository approvals, FarmApprovalSettings settings, RuntimeService runtimeService,
                         Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected SiteVisitForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/site-visit";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        visit(values);
        return Map.of();
    }

    private static SiteVisit visit(FormValues values) {
        return new SiteVisit(FieldReaders.requiredDate(values, "visitedOn"),
                values.requiredString("visitedBy", SiteVisit.MAX_VISITED_BY_LENGTH),
                values.optionalString("notes", SiteVisit.MAX_NOTES_LENGTH));
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        approval.recordSiteVisit(visit(values));
    }
}
