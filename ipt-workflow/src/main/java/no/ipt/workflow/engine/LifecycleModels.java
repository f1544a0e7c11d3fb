package no.ipt.workflow.engine;

import java.util.List;

/**
 * The BPMN and DMN models the application deploys at start-up, one folder per lifecycle stage under
 * {@code processes/}. Duplicate filtering makes a restart (or a second node) deploy nothing new
 * unless a model changed.
 */
public final class LifecycleModels {

    public static final String DEPLOYMENT_NAME = "ipt-lifecycle";

    public static final String NEEDS_ASSESSMENT_PROCESS = "ipt-needs-assessment";
    public static final String SUPPLIER_MOBILISATION_PROCESS = "ipt-supplier-mobilisation";
    public static final String FARM_APPROVAL_PROCESS = "ipt-farm-approval";
    public static final String APPROVAL_KEEPING_PROCESS = "ipt-approval-keeping";

    public static final List<String> RESOURCES = List.of(
            "processes/needs-assessment/needs-assessment.bpmn",
            "processes/supplier-mobilisation/supplier-mobilisation.bpmn",
            "processes/farm-approval/farm-approval.bpmn",
            "processes/farm-approval/approval-keeping.bpmn");

    private LifecycleModels() {
    }
}
