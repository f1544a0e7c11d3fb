package no.ipt.application.modeling;

import java.util.List;

/** A migration plan Camunda refuses, or running instances it cannot move: nothing was moved. */
public class MigrationRejectedException extends RuntimeException implements RefusedWithProblems {

    private final transient List<ModelProblem> problems;

    public MigrationRejectedException(String message, List<ModelProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    @Override
    public String code() {
        return "invalid-migration";
    }

    @Override
    public String summary() {
        return getMessage();
    }

    @Override
    public List<ModelProblem> problems() {
        return problems;
    }
}
