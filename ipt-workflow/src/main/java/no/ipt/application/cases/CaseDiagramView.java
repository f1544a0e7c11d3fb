package no.ipt.application.cases;

import java.util.List;

/**
 * The BPMN diagrams of a case's processes, outermost first: the main process and the stage processes
 * it calls that are running now (or, for an ended case, the main process), each with its model XML,
 * the activities active now and those completed.
 */
public record CaseDiagramView(String caseNumber, List<ProcessDiagram> processes) {

    /** One process instance of the case. */
    public record ProcessDiagram(String processInstanceId, String processDefinitionKey, String processName,
                                 boolean running, String xml, List<String> activeActivityIds,
                                 List<String> completedActivityIds) {
    }
}
