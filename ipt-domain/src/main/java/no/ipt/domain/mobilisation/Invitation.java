package no.ipt.domain.mobilisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/** That a farm (by organisation number) was invited into the market dialogue, and when. */
@Embeddable
public class Invitation implements Serializable {

    @Embedded
    @Valid
    @NotNull
    private OrganisationNumber farm;

    @NotNull
    @Column(name = "invited_on", nullable = false)
    private LocalDate invitedOn;

    protected Invitation() {
        // for JPA
    }

    public Invitation(OrganisationNumber farm, LocalDate invitedOn) {
        this.farm = Require.present(farm, "organisationNumber");
        this.invitedOn = Require.present(invitedOn, "invitedOn");
    }

    public OrganisationNumber farm() {
        return farm;
    }

    public LocalDate invitedOn() {
        return invitedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invitation other && farm.equals(other.farm) && invitedOn.equals(other.invitedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(farm, invitedOn);
    }

    @Override
    public String toString() {
        return farm + " invited " + invitedOn;
    }
}
