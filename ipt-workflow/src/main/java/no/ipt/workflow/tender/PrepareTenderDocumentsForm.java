package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.ProcedureChoice;
import no.ipt.domain.tender.ServiceCategory;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * "Utarbeid konkurransegrunnlaget": qualification requirements (one per line), award criteria as
 * {@code criterion.<name>} = weight percent, reservation for non-profit providers, the question
 * period's last day, the offer deadline and how many suppliers to award. Creates the case's tender
 * and records the procedure the {@code procurement-procedure} decision gave.
 * <p>
 * The officer may correct the decision's inputs ({@code estimatedValue}, {@code serviceCategory},
 * {@code buyerType}): the model then decides the procedure again and brings this task back, and
 * nothing is stored until the inputs stand.
 */
@ApplicationScoped
public class PrepareTenderDocumentsForm implements TaskForm {

    static final String CRITERION = "criterion.";
    static final Set<String> CORRECTIONS = Set.of(TenderProcess.ESTIMATED_VALUE, TenderProcess.SERVICE_CATEGORY,
            TenderProcess.BUYER_TYPE);
    static final Set<String> FIELDS = Set.of("qualificationRequirements", "reservedForNonProfit", "questionPeriodEnd",
            "offerDeadline", TenderProcess.SUPPLIERS);
    static final int MAX_REQUIREMENTS_LENGTH = 20_000;
    /** The criteria's weights as submitted must reach the sum the tender requires before announcement. */
    static final int FULL_WEIGHT = 100;

    private TenderRepository tenders;
    private RuntimeService runtimeService;

    @Inject
    public PrepareTenderDocumentsForm(TenderRepository tenders, RuntimeService runtimeService) {
        this.tenders = tenders;
        this.runtimeService = runtimeService;
    }

    protected PrepareTenderDocumentsForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/prepare-tender-documents";
    }

    record Documents(Map<String, Object> corrections, List<String> requirements, Map<String, Integer> criteria,
                     boolean reserved, LocalDate questionPeriodEnd, Instant offerDeadline, int suppliers) {
    }

    static Documents read(FormValues values) {
        List<String> names = FormFields.names(values,
                n -> FIELDS.contains(n) || CORRECTIONS.contains(n) || n.startsWith(CRITERION));
        Map<String, Object> corrections = new HashMap<>();
        if (names.contains(TenderProcess.ESTIMATED_VALUE)) {
            corrections.put(TenderProcess.ESTIMATED_VALUE, (long) values.requiredInt(TenderProcess.ESTIMATED_VALUE));
        }
        if (names.contains(TenderProcess.SERVICE_CATEGORY)) {
            corrections.put(TenderProcess.SERVICE_CATEGORY,
                    values.requiredEnum(TenderProcess.SERVICE_CATEGORY, ServiceCategory.class).name());
        }
        if (names.contains(TenderProcess.BUYER_TYPE)) {
            corrections.put(TenderProcess.BUYER_TYPE, values.requiredEnum(TenderProcess.BUYER_TYPE, BuyerType.class).name());
        }
        List<String> requirements = Arrays.stream(values.requiredString("qualificationRequirements",
                MAX_REQUIREMENTS_LENGTH).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Map<String, Integer> criteria = new LinkedHashMap<>();
        for (String name : names) {
            if (name.startsWith(CRITERION)) {
                criteria.put(FormFields.suffix(name, CRITERION).strip(), values.requiredInt(name));
            }
        }
        int sum = criteria.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != FULL_WEIGHT) {
            throw new DomainRuleViolation("weights-not-100", "awardCriteria",
                    "The award criteria's weights sum to " + sum + " %; they must sum to exactly 100 %");
        }
        String reserved = values.optionalString("reservedForNonProfit", 5);
        if (reserved != null && !reserved.equals("true") && !reserved.equals("false")) {
            throw new DomainRuleViolation("wrong-type", "reservedForNonProfit", "'reservedForNonProfit' is true or false");
        }
        int suppliers = values.requiredInt(TenderProcess.SUPPLIERS);
        if (suppliers < 1) {
            throw new DomainRuleViolation("invalid-number-of-suppliers", TenderProcess.SUPPLIERS,
                    "Award to at least one supplier");
        }
        return new Documents(corrections, requirements, criteria, "true".equals(reserved),
                FormFields.date(values, "questionPeriodEnd"), FormFields.instant(values, "offerDeadline"), suppliers);
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        Documents documents = read(values);
        Map<String, Object> variables = new HashMap<>(documents.corrections());
        variables.put(TenderProcess.INPUTS_CORRECTED, !documents.corrections().isEmpty());
        variables.put(TenderProcess.SUPPLIERS, documents.suppliers());
        return variables;
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        Documents documents = read(values);
        if (!documents.corrections().isEmpty()) {
            return; // the procedure is decided again on the corrected inputs; this task comes back
        }
        CaseNumber caseNumber = procurementCase.caseNumber();
        Map<String, Object> variables = variablesOf(caseNumber);
        Tender tender = CurrentTender.find(tenders, caseNumber).orElseGet(() -> new Tender(
                tenders.nextReference(caseNumber), procurementCase.municipality(),
                enumVariable(BuyerType.class, variables, TenderProcess.BUYER_TYPE),
                enumVariable(ServiceCategory.class, variables, TenderProcess.SERVICE_CATEGORY),
                estimatedValue(variables)));
        apply(tender, documents, variables);
        tenders.store(tender);
    }

    private static void apply(Tender tender, Documents documents, Map<String, Object> variables) {
        Map<String, Object> outputs = new HashMap<>();
        for (String output : TenderProcess.DECISION_OUTPUTS) {
            if (variables.get(output) != null) {
                outputs.put(output, variables.get(output));
            }
        }
        Object decidedOn = variables.get(TenderProcess.PROCEDURE_DECISION_DATE);
        tender.chooseProcedure(ProcedureChoice.fromDecisionOutputs(outputs,
                decidedOn == null ? null : LocalDate.parse(decidedOn.toString())));
        tender.reserveForNonProfit(documents.reserved());
        documents.requirements().forEach(tender::addQualificationRequirement);
        documents.criteria().forEach(tender::addAwardCriterion);
        tender.setDeadlines(documents.questionPeriodEnd(), documents.offerDeadline());
    }

    /** The variables of the case's tender process, which the task just completed. */
    private Map<String, Object> variablesOf(CaseNumber caseNumber) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(TenderProcess.PROCESS_ID).processInstanceBusinessKey(caseNumber.value())
                .active().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Case " + caseNumber + " has no running tender process"));
        return runtimeService.getVariables(instance.getId());
    }

    private static <E extends Enum<E>> E enumVariable(Class<E> type, Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-choice", name, "'" + value + "' is not a valid " + name
                    + "; correct it in this form");
        }
    }

    private static Money estimatedValue(Map<String, Object> variables) {
        Object value = variables.get(TenderProcess.ESTIMATED_VALUE);
        if (!(value instanceof Number number)) {
            throw new DomainRuleViolation("required", TenderProcess.ESTIMATED_VALUE,
                    "The estimated value is missing; correct it in this form");
        }
        return Money.nok(new BigDecimal(number.toString()));
    }
}
