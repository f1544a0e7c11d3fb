package no.ipt.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import no.ipt.application.access.Caller;
import no.ipt.domain.procurement.ProcurementCase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Reads the diagrams of a case's processes for the case page (read only). The case is looked up
 * through {@link VisibleCases}: a case of another municipality is "not found", as everywhere.
 */
@ApplicationScoped
@Transactional
public class CaseDiagramService {

    @Inject
    VisibleCases visibleCases;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    HistoryService historyService;

    public CaseDiagramView of(Caller caller, String caseNumber) {
        ProcurementCase procurementCase = visibleCases.load(caller, caseNumber);
        String key = procurementCase.caseNumber().value();
        List<HistoricProcessInstance> all = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key).list();
        List<CaseDiagramView.ProcessDiagram> diagrams = new ArrayList<>();
        // outermost first: from the main process down through the running processes it calls
        Deque<HistoricProcessInstance> next = new ArrayDeque<>(all.stream()
                .filter(p -> p.getSuperProcessInstanceId() == null)
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).toList());
        while (!next.isEmpty()) {
            HistoricProcessInstance p = next.poll();
            boolean running = p.getEndTime() == null;
            if (running || p.getSuperProcessInstanceId() == null) {
                diagrams.add(diagram(p, running));
            }
            all.stream().filter(c -> p.getId().equals(c.getSuperProcessInstanceId()) && c.getEndTime() == null)
                    .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).forEach(next::add);
        }
        return new CaseDiagramView(key, diagrams);
    }

    private CaseDiagramView.ProcessDiagram diagram(HistoricProcessInstance p, boolean running) {
        List<String> active = running ? runtimeService.getActiveActivityIds(p.getId()) : List.of();
        List<String> completed = historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                .finished().list().stream().map(HistoricActivityInstance::getActivityId).distinct().toList();
        String name = repositoryService.getProcessDefinition(p.getProcessDefinitionId()).getName();
        try (InputStream model = repositoryService.getProcessModel(p.getProcessDefinitionId())) {
            return new CaseDiagramView.ProcessDiagram(p.getId(), p.getProcessDefinitionKey(), name, running,
                    new String(model.readAllBytes(), StandardCharsets.UTF_8), active, completed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
