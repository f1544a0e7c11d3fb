package no.ipt.domain.mobilisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/** That a farm came to one event (by its number) of the market dialogue. */
@Embeddable
public class Attendance implements Serializable {

    @Min(1)
    @Column(name = "event_number", nullable = false)
    private int eventNumber;

    @Embedded
    @Valid
    @NotNull
    private OrganisationNumber farm;

    protected Attendance() {
        // for JPA
    }

    public Attendance(int eventNumber, OrganisationNumber farm) {
        this.eventNumber = eventNumber;
        this.farm = Require.present(farm, "organisationNumber");
    }

    public int eventNumber() {
        return eventNumber;
    }

    public OrganisationNumber farm() {
        return farm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attendance other && eventNumber == other.eventNumber && farm.equals(other.farm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventNumber, farm);
    }

    @Override
    public String toString() {
        return farm + " at #" + eventNumber;
    }
}
