package no.ipt.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/** A phase of a project, e.g. "Fase 1" in 2021: find user groups and providers, map, approve farms. */
@Embeddable
public class Phase implements Serializable {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @NotBlank
    @Size(max = MAX_DESCRIPTION_LENGTH)
    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION_LENGTH)
    private String description;

    protected Phase() {
        // for JPA
    }

    public Phase(String name, Period period, String description) {
        this.name = Require.text(name, "name", MAX_NAME_LENGTH);
        this.period = Require.present(period, "period");
        this.description = Require.text(description, "description", MAX_DESCRIPTION_LENGTH);
    }

    public String name() {
        return name;
    }

    public Period period() {
        return period;
    }

    public String description() {
        return description;
    }

    boolean overlaps(Phase other) {
        return !period.end().isBefore(other.period.start()) && !other.period.end().isBefore(period.start());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phase other && name.equals(other.name) && period.equals(other.period)
                && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, period, description);
    }

    @Override
    public String toString() {
        return name + " " + period;
    }
}
