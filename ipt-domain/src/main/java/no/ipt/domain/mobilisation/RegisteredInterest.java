package no.ipt.domain.mobilisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A farm's registered interest in one service area, with how many places (plassar, e.g. day
 * places) it could offer there. A farm interested in several areas has one interest per area, so
 * that places can be counted per area. Places are a count, never about who would fill them.
 */
@Embeddable
public class RegisteredInterest implements Serializable {

    /** A sanity bound that catches typing errors; no farm offers more. */
    public static final int MAX_PLACES = 1000;

    @Embedded
    @Valid
    @NotNull
    private OrganisationNumber farm;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @Min(1)
    @Max(MAX_PLACES)
    @Column(name = "places", nullable = false)
    private int places;

    @NotNull
    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    protected RegisteredInterest() {
        // for JPA
    }

    public RegisteredInterest(OrganisationNumber farm, ServiceArea serviceArea, int places, LocalDate registeredOn) {
        this.farm = Require.present(farm, "organisationNumber");
        this.serviceArea = Require.present(serviceArea, "serviceArea");
        if (places < 1 || places > MAX_PLACES) {
            throw new DomainRuleViolation("invalid-places", "places", "A farm registers interest with 1 to "
                    + MAX_PLACES + " places it could offer (got " + places + ")");
        }
        this.places = places;
        this.registeredOn = Require.present(registeredOn, "registeredOn");
    }

    public OrganisationNumber farm() {
        return farm;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public int places() {
        return places;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    boolean sameFarmAndArea(RegisteredInterest other) {
        return farm.equals(other.farm) && serviceArea == other.serviceArea;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisteredInterest other && farm.equals(other.farm) && serviceArea == other.serviceArea
                && places == other.places && registeredOn.equals(other.registeredOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(farm, serviceArea, places, registeredOn);
    }

    @Override
    public String toString() {
        return farm + " " + serviceArea + ": " + places + " places";
    }
}
