package no.ipt.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/** An award criterion (tildelingskriterium) and its weight in whole percent, e.g. "Quality", 60. */
@Embeddable
public class AwardCriterion implements Serializable {

    public static final int MAX_NAME_LENGTH = 200;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Min(1)
    @Max(100)
    @Column(name = "weight_percent", nullable = false)
    private int weightPercent;

    protected AwardCriterion() {
        // for JPA
    }

    public AwardCriterion(String name, int weightPercent) {
        this.name = Require.text(name, "criterionName", MAX_NAME_LENGTH);
        if (weightPercent < 1 || weightPercent > 100) {
            throw new DomainRuleViolation("invalid-weight", "weightPercent",
                    "The weight of '" + this.name + "' is between 1 and 100 percent (got " + weightPercent + ")");
        }
        this.weightPercent = weightPercent;
    }

    public String name() {
        return name;
    }

    public int weightPercent() {
        return weightPercent;
    }

    boolean isNamed(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AwardCriterion other && name.equals(other.name) && weightPercent == other.weightPercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, weightPercent);
    }

    @Override
    public String toString() {
        return name + " " + weightPercent + " %";
    }
}
