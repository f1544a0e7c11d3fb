package no.ipt.domain.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * A critical risk factor of a project plan with its measures (tiltak), scored by likelihood and
 * consequence on a 1–5 scale. Part of the plan's aggregate: created and changed only through
 * {@link ProjectPlan}. An entity rather than a value only because its measures are a list of their own.
 */
@Entity
@Table(name = "project_risk", schema = "ipt")
public class Risk {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_MEASURE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_plan_id", nullable = false, updatable = false)
    private ProjectPlan plan;

    /** The place in the plan's risk analysis; kept here so the row is complete when inserted. */
    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @NotBlank
    @Size(max = MAX_TITLE_LENGTH)
    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = MAX_DESCRIPTION_LENGTH)
    @Column(nullable = false, length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Min(MIN_SCORE)
    @Max(MAX_SCORE)
    @Column(nullable = false)
    private int likelihood;

    @Min(MIN_SCORE)
    @Max(MAX_SCORE)
    @Column(nullable = false)
    private int consequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_risk_measure", schema = "ipt", joinColumns = @JoinColumn(name = "risk_id"))
    @OrderColumn(name = "position")
    @Column(name = "measure", nullable = false, length = MAX_MEASURE_LENGTH)
    @NotEmpty
    private List<String> measures = new ArrayList<>();

    protected Risk() {
        // for JPA
    }

    Risk(ProjectPlan plan, int position, String title, String description, int likelihood, int consequence,
         List<String> measures) {
        this.plan = Require.present(plan, "plan");
        this.position = position;
        this.title = Require.text(title, "title", MAX_TITLE_LENGTH);
        this.description = Require.text(description, "description", MAX_DESCRIPTION_LENGTH);
        this.likelihood = requireScore(likelihood, "likelihood");
        this.consequence = requireScore(consequence, "consequence");
        Require.present(measures, "measures").forEach(this::append);
        if (this.measures.isEmpty()) {
            throw new DomainRuleViolation("missing-measures", "measures",
                    "Give the risk '" + this.title + "' at least one measure");
        }
    }

    private static int requireScore(int score, String field) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new DomainRuleViolation("invalid-" + field, field,
                    "The " + field + " of a risk is " + MIN_SCORE + " to " + MAX_SCORE + " (got " + score + ")");
        }
        return score;
    }

    void addMeasure(String measure) {
        append(measure);
    }

    private void append(String measure) {
        String text = Require.text(measure, "measure", MAX_MEASURE_LENGTH);
        if (measures.contains(text)) {
            throw new DomainRuleViolation("duplicate-measure", "measure",
                    "The risk '" + title + "' already has the measure '" + text + "'");
        }
        measures.add(text);
    }

    boolean hasTitle(String other) {
        return other != null && title.equalsIgnoreCase(other.strip());
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int likelihood() {
        return likelihood;
    }

    public int consequence() {
        return consequence;
    }

    /** Likelihood times consequence, 1 to 25: what the risk analysis ranks by. */
    public int score() {
        return likelihood * consequence;
    }

    public List<String> measures() {
        return List.copyOf(measures);
    }

    /** A risk is one per title within its plan. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Risk other && title.equals(other.title) && Objects.equals(plan, other.plan);
    }

    @Override
    public int hashCode() {
        return title.hashCode();
    }

    @Override
    public String toString() {
        return title + " (" + likelihood + "×" + consequence + ")";
    }
}
