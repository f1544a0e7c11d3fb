package no.ipt.workflow.engine;

import java.util.List;

/**
 * The BPMN and DMN models the application deploys at start-up, one folder per lifecycle stage under
 * {@code processes/}. Duplicate filtering makes a restart (or a second node) deploy nothing new
 * unless a model changed.
 */
public final class LifecycleModels {

    public static final String DEPLOYMENT_NAME = "ipt-lifecycle";

    /** The main process of a case: it calls one process per stage, with decision points between. */
    public static final String PROCUREMENT_CASE_PROCESS = "ipt-procurement-case";
    public static final String NEEDS_ASSESSMENT_PROCESS = "ipt-needs-assessment";
    public static final String STEERING_DECISION_PROCESS = "ipt-steering-decision";
    public static final String SUPPLIER_MOBILISATION_PROCESS = "ipt-supplier-mobilisation";
    public static final String FARM_APPROVAL_PROCESS = "ipt-farm-approval";
    public static final String APPROVAL_KEEPING_PROCESS = "ipt-approval-keeping";
    public static final String FRAMEWORK_AGREEMENT_PROCESS = "ipt-framework-agreement";
    public static final String FOLLOW_UP_PROCESS = "ipt-follow-up";
    /** Not part of a case: one per pilot, raising its reports to the funder. */
    public static final String PILOT_REPORTING_PROCESS = "ipt-pilot-reporting";

    public static final List<String> RESOURCES = List.of(
            "processes/procurement-case/procurement-case.bpmn",
            "processes/steering-decision/steering-decision.bpmn",
            "processes/needs-assessment/needs-assessment.bpmn",
            "processes/supplier-mobilisation/supplier-mobilisation.bpmn",
            "processes/farm-approval/farm-approval.bpmn",
            "processes/farm-approval/approval-keeping.bpmn",
            "processes/tender/procurement-procedure.dmn",
            "processes/tender/tender.bpmn",
            "processes/framework-agreement/framework-agreement.bpmn",
            "processes/follow-up/follow-up.bpmn",
            "processes/pilot-reporting/pilot-reporting.bpmn");

    private LifecycleModels() {
    }
}
