package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.ChecklistTopic;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;

/**
 * "Kontroller dokumenta" (KSL chapter 11), done as often as needed: adds an activity checklist,
 * and/or records that a document of the farm checklist (no {@code activity}) or of an activity's
 * checklist was received and/or verified – one {@code topic}, or every topic with {@code topic=ALL}.
 * The officer may mark the checklist incomplete ({@code checklistIncomplete=true}) to go to the
 * decision without it. The model loops on {@code checklistVerified}, which the aggregate gives.
 */
@ApplicationScoped
public class CheckDocumentsForm extends FarmApprovalForm {

    static final Set<String> FIELDS = Set.of(FARM, "addActivity", "activity", "topic", "receivedOn", "verifiedOn",
            "checklistIncomplete");
    static final String ALL_TOPICS = "ALL";
    public static final String INCOMPLETE = "checklistIncomplete";
    public static final String VERIFIED = "checklistVerified";

    @Inject
    public CheckDocumentsForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                              RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public CheckDocumentsForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                              RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected CheckDocumentsForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/check-documents";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        FieldReaders.optionalEnum(values, "addActivity", ServiceArea.class);
        FieldReaders.optionalEnum(values, "activity", ServiceArea.class);
        List<ChecklistTopic> topics = topics(values);
        boolean dated = FieldReaders.optionalDate(values, "receivedOn") != null
                || FieldReaders.optionalDate(values, "verifiedOn") != null;
        if (topics.isEmpty() == dated) {
            throw new DomainRuleViolation("required", topics.isEmpty() ? "topic" : "receivedOn",
                    "A document is recorded with its topic and the date it was received and/or verified");
        }
        return Map.of(INCOMPLETE, FieldReaders.flag(values, INCOMPLETE));
    }

    private static List<ChecklistTopic> topics(FormValues values) {
        String topic = values.optionalString("topic", 64);
        if (topic == null || topic.isBlank()) {
            return List.of();
        }
        return ALL_TOPICS.equals(topic) ? List.of(ChecklistTopic.values())
                : List.of(values.requiredEnum("topic", ChecklistTopic.class));
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        ServiceArea added = FieldReaders.optionalEnum(values, "addActivity", ServiceArea.class);
        if (added != null) {
            approval.addActivity(added);
        }
        ServiceArea activity = FieldReaders.optionalEnum(values, "activity", ServiceArea.class);
        LocalDate receivedOn = FieldReaders.optionalDate(values, "receivedOn");
        LocalDate verifiedOn = FieldReaders.optionalDate(values, "verifiedOn");
        for (ChecklistTopic topic : topics(values)) {
            if (receivedOn != null) {
                if (activity == null) {
                    approval.receiveFarmDocument(topic, receivedOn);
                } else {
                    approval.receiveActivityDocument(activity, topic, receivedOn);
                }
            }
            if (verifiedOn != null) {
                if (activity == null) {
                    approval.verifyFarmDocument(topic, verifiedOn);
                } else {
                    approval.verifyActivityDocument(activity, topic, verifiedOn);
                }
            }
        }
    }

    @Override
    protected Map<String, Object> variablesOf(FarmApproval approval) {
        return Map.of(VERIFIED, approval.unverifiedItems().isEmpty());
    }
}
