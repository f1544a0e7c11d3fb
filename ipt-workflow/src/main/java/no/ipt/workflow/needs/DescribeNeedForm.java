package no.ipt.workflow.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.needs.CurrentService;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.NeedsAssessmentRepository;
import no.ipt.domain.needs.Transport;
import no.ipt.domain.needs.TransportArrangement;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Period;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.ServiceCategory;
import no.ipt.workflow.agreement.FormFields;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/**
 * "Beskriv behovet": the whole needs assessment – what is needed, for whom (in general words), how
 * many participants and places on how many days a week, the period, transport, the municipality's
 * current service and its yearly cost (to compare the new service with), the expected outcomes, the
 * estimated contract value over the full term with options, the purchase's category and buyer, and
 * the units of the cross-disciplinary team. Completing the task submits the assessment for the
 * steering group's decision; a sent-back assessment is reopened and submitted again.
 * <p>
 * Lists (outcomes, units) are one entry per line. {@code transport} is {@code NOT_NEEDED} or who
 * arranges it. The current service is optional, but its description and cost go together.
 */
@ApplicationScoped
public class DescribeNeedForm implements TaskForm {

    public static final String FORM_KEY = "ipt:describe-need";
    static final String NOT_NEEDED = "NOT_NEEDED";
    static final String REOPENED_AFTER_SEND_BACK = "Sendt tilbake av styringsgruppa";
    static final Set<String> FIELDS = Set.of("needDescription", "participants", "targetGroup", "places", "daysPerWeek",
            "periodStart", "periodEnd", "transport", "currentService", "currentServiceYearlyCost", "expectedOutcomes",
            "estimatedContractValue", "serviceCategory", "buyerType", "unitsInvolved");
    static final int MAX_LIST_TEXT = 20_000;

    private NeedsAssessmentRepository assessments;
    private Clock clock;

    @Inject
    public DescribeNeedForm(NeedsAssessmentRepository assessments) {
        this(assessments, Clock.systemUTC());
    }

    public DescribeNeedForm(NeedsAssessmentRepository assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    protected DescribeNeedForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    /** Fills a throw-away assessment and submits it, so that every rule is checked before the task completes. */
    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        values.requiredString("needDescription", ProcurementCase.MAX_NEED_LENGTH);
        NeedsAssessment trial = new NeedsAssessment(new no.ipt.domain.procurement.CaseNumber("IPT-0000-00000"),
                no.ipt.domain.procurement.ServiceArea.HEALTH_AND_CARE);
        fill(trial, values);
        trial.submit(clock.instant());
        return Map.of("participants", values.requiredInt("participants"));
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        procurementCase.describeNeed(values.requiredString("needDescription", ProcurementCase.MAX_NEED_LENGTH),
                values.requiredInt("participants"));
        NeedsAssessment assessment = assessments.findByCase(procurementCase.caseNumber())
                .orElseGet(() -> new NeedsAssessment(procurementCase.caseNumber(), procurementCase.serviceArea()));
        if (assessment.isSubmitted()) {
            assessment.reopen(REOPENED_AFTER_SEND_BACK);
        }
        assessment.changeServiceArea(procurementCase.serviceArea());
        fill(assessment, values);
        assessment.submit(Instant.now(clock));
        assessments.store(assessment);
    }

    private static void fill(NeedsAssessment assessment, FormValues values) {
        assessment.describeTargetGroup(values.requiredString("targetGroup", NeedsAssessment.MAX_TARGET_GROUP_LENGTH));
        assessment.size(values.requiredInt("participants"), values.requiredInt("places"),
                values.requiredInt("daysPerWeek"));
        assessment.schedule(period(values));
        String transport = values.requiredString("transport", 20);
        assessment.arrangeTransport(NOT_NEEDED.equals(transport) ? Transport.notNeeded()
                : Transport.arrangedBy(values.requiredEnum("transport", TransportArrangement.class)));
        if (FormFields.pair(values, "currentService", "currentServiceYearlyCost")) {
            assessment.compareWithCurrentService(new CurrentService(
                    values.requiredString("currentService", CurrentService.MAX_DESCRIPTION_LENGTH),
                    FormFields.money(values, "currentServiceYearlyCost")));
        } else {
            assessment.noCurrentService();
        }
        assessment.expectOutcomes(lines(values, "expectedOutcomes"));
        assessment.estimateContractValue(FormFields.money(values, "estimatedContractValue"));
        assessment.classifyPurchase(values.requiredEnum("serviceCategory", ServiceCategory.class),
                values.requiredEnum("buyerType", BuyerType.class));
        assessment.involveUnits(lines(values, "unitsInvolved"));
    }

    private static Period period(FormValues values) {
        java.time.LocalDate start = FormFields.date(values, "periodStart");
        java.time.LocalDate end = FormFields.date(values, "periodEnd");
        if (end.isBefore(start)) {
            throw new DomainRuleViolation("period-ends-before-start", "periodEnd", "The period ends before it starts");
        }
        return Period.of(start, end);
    }

    /** One entry per non-blank line. */
    private static List<String> lines(FormValues values, String name) {
        return Arrays.stream(values.requiredString(name, MAX_LIST_TEXT).split("\\R"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
