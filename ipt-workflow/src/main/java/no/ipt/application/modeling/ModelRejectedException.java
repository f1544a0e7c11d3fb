package no.ipt.application.modeling;

import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;

/**
 * A model that may not be deployed, with every problem found. A {@link ParseException}, so that a
 * refused deployment through Camunda's REST API answers 400 with the problems per element, exactly as
 * Camunda's own parser errors do; nothing of the deployment is stored.
 */
public class ModelRejectedException extends ParseException implements RefusedWithProblems {

    private final String resourceName;
    private final transient List<ModelProblem> problems;

    public ModelRejectedException(String resourceName, List<ModelProblem> problems) {
        super(summary(resourceName, problems), resourceName, List.<Problem>copyOf(problems), List.of());
        this.resourceName = resourceName;
        this.problems = List.copyOf(problems);
    }

    @Override
    public String code() {
        return "invalid-model";
    }

    @Override
    public String summary() {
        return "The model " + resourceName + " was not deployed: " + problems.size() + " problem(s); nothing was stored";
    }

    public String resourceName() {
        return resourceName;
    }

    @Override
    public List<ModelProblem> problems() {
        return problems;
    }

    private static String summary(String resourceName, List<ModelProblem> problems) {
        StringBuilder text = new StringBuilder("The model ").append(resourceName).append(" was not deployed: ")
                .append(problems.size()).append(" problem(s)");
        for (ModelProblem p : problems) {
            text.append("\n- ").append(p.elementId() == null ? "(model)" : p.elementId()).append(": ").append(p.message());
        }
        return text.toString();
    }
}
