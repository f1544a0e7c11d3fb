package no.ipt.application.modeling;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One thing wrong with a model: the element it concerns (its id; {@code null} for the document as a
 * whole), a stable code and a message for the modeler. Also a Camunda {@link Problem}, so Camunda's
 * REST API reports it to Camunda Modeler beside the element, as it reports its own parser's findings.
 */
public record ModelProblem(String elementId, String code, String message, int line, int column) implements Problem {

    public static ModelProblem of(String elementId, String code, String message) {
        return new ModelProblem(elementId, code, message, -1, -1);
    }

    /** A finding of Camunda's own parser. */
    public static ModelProblem of(Problem problem) {
        return new ModelProblem(problem.getMainElementId(), "camunda-parser", problem.getMessage(), problem.getLine(),
                problem.getColumn());
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}
