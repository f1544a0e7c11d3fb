package no.ipt.domain.needs;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Require;

/**
 * What the municipality does for the same need today and what it costs a year: the baseline the
 * IPT service is evaluated against at follow-up.
 */
@Embeddable
public class CurrentService implements Serializable {

    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @NotBlank
    @Size(max = MAX_DESCRIPTION_LENGTH)
    @Column(name = "current_service", length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "current_service_yearly_cost", precision = 15,
            scale = 2))
    private Money yearlyCost;

    protected CurrentService() {
        // for JPA
    }

    public CurrentService(String description, Money yearlyCost) {
        this.description = Require.text(description, "currentService", MAX_DESCRIPTION_LENGTH);
        this.yearlyCost = Require.present(yearlyCost, "yearlyCost");
        if (yearlyCost.isNegative()) {
            throw new DomainRuleViolation("negative-yearly-cost", "yearlyCost",
                    "The current service cannot cost less than nothing (got " + yearlyCost + ")");
        }
    }

    public String description() {
        return description;
    }

    public Money yearlyCost() {
        return yearlyCost;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentService other && description.equals(other.description)
                && yearlyCost.equals(other.yearlyCost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, yearlyCost);
    }

    @Override
    public String toString() {
        return description + " (" + yearlyCost + " a year)";
    }
}
