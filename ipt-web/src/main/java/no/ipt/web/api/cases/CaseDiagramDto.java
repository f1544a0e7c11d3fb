package no.ipt.web.api.cases;

import java.util.List;
import no.ipt.application.cases.CaseDiagramView;

/**
 * The BPMN diagrams of a case's processes, outermost first: the main process and the stage processes
 * it calls that are running now (or, for an ended case, the main process), each with its model XML,
 * the activities active now and those completed.
 */
public record CaseDiagramDto(String caseNumber, List<ProcessDiagram> processes) {

    public static CaseDiagramDto of(CaseDiagramView view) {
        return new CaseDiagramDto(view.caseNumber(), view.processes().stream().map(p -> new ProcessDiagram(
                p.processInstanceId(), p.processDefinitionKey(), p.processName(), p.running(), p.xml(),
                p.activeActivityIds(), p.completedActivityIds())).toList());
    }

    /** One process instance of the case. */
    public record ProcessDiagram(String processInstanceId, String processDefinitionKey, String processName,
                                 boolean running, String xml, List<String> activeActivityIds,
                                 List<String> completedActivityIds) {
    }
}
