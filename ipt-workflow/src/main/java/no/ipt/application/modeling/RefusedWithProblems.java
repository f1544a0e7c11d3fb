package no.ipt.application.modeling;

import java.util.List;

/** A refused model or migration plan: a stable code, one line that sums it up, and every problem by element. */
public interface RefusedWithProblems {

    String code();

    String summary();

    List<ModelProblem> problems();
}
