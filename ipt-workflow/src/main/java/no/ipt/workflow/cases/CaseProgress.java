package no.ipt.workflow.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.NeedsAssessmentRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.CaseStatus;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the main process asks of the domain between stages. The case's stage and status follow the
 * process: {@code ${caseProgress.enter(execution, 'TENDER')}} as a stage's call activity starts,
 * {@code ${caseProgress.close(execution, 'COMPLETED')}} at an end event. The stages' inputs are read
 * from the aggregates that own them: the candidate farms from the market dialogue, the procedure
 * choice's inputs from the submitted needs assessment.
 */
@Named("caseProgress")
@ApplicationScoped
public class CaseProgress {

    public static final String AGREEMENT_REGISTERED = "AgreementRegistered";
    /** The framework agreement stage's message that asks the officer to terminate the agreement. */
    public static final String TERMINATE_AGREEMENT = "TerminateAgreement";

    private ProcurementCaseRepository cases;
    private NeedsAssessmentRepository assessments;
    private MarketDialogueRepository dialogues;
    private Clock clock;

    @Inject
    public CaseProgress(ProcurementCaseRepository cases, NeedsAssessmentRepository assessments,
                        MarketDialogueRepository dialogues) {
        this(cases, assessments, dialogues, Clock.systemUTC());
    }

    public CaseProgress(ProcurementCaseRepository cases, NeedsAssessmentRepository assessments,
                        MarketDialogueRepository dialogues, Clock clock) {
        this.cases = cases;
        this.assessments = assessments;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    protected CaseProgress() {
        // for CDI proxies
    }

    /** The case enters {@code stage}; entering the stage it is in (a stage repeated after a send-back) changes nothing. */
    public void enter(DelegateExecution execution, String stage) {
        ProcurementCase procurementCase = caseOf(execution);
        Stage next = Stage.valueOf(stage);
        if (procurementCase.isOpen() && procurementCase.stage() != next) {
            procurementCase.enterStage(next);
            cases.store(procurementCase);
        }
    }

    /** The case ends with {@code status} (COMPLETED, REJECTED or STOPPED). */
    public void close(DelegateExecution execution, String status) {
        ProcurementCase procurementCase = caseOf(execution);
        if (procurementCase.isOpen()) {
            procurementCase.close(CaseStatus.valueOf(status), clock.instant());
            cases.store(procurementCase);
        }
    }

    /** The farms that registered interest in the market dialogue: one farm approval each. */
    public List<String> candidateFarms(String caseNumber) {
        return dialogues.find(new CaseNumber(caseNumber)).map(MarketDialogue::interestedFarms).orElse(List.of())
                .stream().map(OrganisationNumber::value).toList();
    }

    /** The estimated contract value in whole NOK (rounded up), the procedure choice's main input. */
    public long estimatedValue(String caseNumber) {
        return submitted(caseNumber).estimatedContractValue().orElseThrow().amount()
                .setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    }

    public String serviceCategory(String caseNumber) {
        return submitted(caseNumber).serviceCategory().orElseThrow().name();
    }

    public String buyerType(String caseNumber) {
        return submitted(caseNumber).buyerType().orElseThrow().name();
    }

    /**
     * Tells the case's main process that its framework agreement is registered, so that the follow-up
     * of that agreement starts beside it. Called by the framework agreement stage; a stage run on its
     * own (no main process waiting) is not an error.
     */
    public void agreementRegistered(DelegateExecution execution, String agreementNumber) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(AGREEMENT_REGISTERED)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .tenantId(execution.getTenantId())
                .setVariable("agreementNumber", agreementNumber)
                .correlateAllWithResult();
    }

    /**
     * The follow-up decided to end the service: the agreement in force is asked to be terminated
     * (message TerminateAgreement), which gives the officer its termination task. An agreement no
     * longer in force has nothing to terminate.
     */
    public void requestTermination(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(TERMINATE_AGREEMENT)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .tenantId(execution.getTenantId())
                .correlateAllWithResult();
    }

    private NeedsAssessment submitted(String caseNumber) {
        NeedsAssessment assessment = assessments.findByCase(new CaseNumber(caseNumber))
                .orElseThrow(() -> new DomainRuleViolation("no-needs-assessment", null,
                        "Case " + caseNumber + " has no needs assessment"));
        if (!assessment.isSubmitted()) {
            throw new DomainRuleViolation("needs-assessment-not-submitted", null,
                    "The needs assessment of " + caseNumber + " is not submitted");
        }
        return assessment;
    }

    private ProcurementCase caseOf(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        return cases.find(new CaseNumber(caseNumber)).orElseThrow(() -> new IllegalStateException(
                "Process " + execution.getProcessInstanceId() + " runs for case " + caseNumber + ", which does not exist"));
    }
}
