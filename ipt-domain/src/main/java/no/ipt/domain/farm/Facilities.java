package no.ipt.domain.farm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * What a farm has to offer an IPT service (value object): its animals, crops and buildings in general
 * words, and how many participants it can take at a time. The municipality judges suitability from it.
 */
@Embeddable
public class Facilities implements Serializable {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_PLACES = 1000;

    @Size(max = MAX_TEXT)
    @Column(name = "animals", length = MAX_TEXT)
    private String animals;

    @Size(max = MAX_TEXT)
    @Column(name = "crops", length = MAX_TEXT)
    private String crops;

    @Size(max = MAX_TEXT)
    @Column(name = "buildings", length = MAX_TEXT)
    private String buildings;

    @Min(0)
    @Max(MAX_PLACES)
    @Column(name = "places")
    private Integer places;

    protected Facilities() {
        // for JPA
    }

    public Facilities(String animals, String crops, String buildings, int places) {
        this.animals = Require.optionalText(animals, "animals", MAX_TEXT);
        this.crops = Require.optionalText(crops, "crops", MAX_TEXT);
        this.buildings = Require.optionalText(buildings, "buildings", MAX_TEXT);
        if (places < 0 || places > MAX_PLACES) {
            throw new DomainRuleViolation("invalid-places", "places",
                    "A farm takes 0 to " + MAX_PLACES + " participants at a time (got " + places + ")");
        }
        this.places = places;
    }

    public String animals() {
        return animals;
    }

    public String crops() {
        return crops;
    }

    public String buildings() {
        return buildings;
    }

    public int places() {
        return places == null ? 0 : places;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facilities f && Objects.equals(animals, f.animals) && Objects.equals(crops, f.crops)
                && Objects.equals(buildings, f.buildings) && places() == f.places();
    }

    @Override
    public int hashCode() {
        return Objects.hash(animals, crops, buildings, places());
    }

    @Override
    public String toString() {
        return "Facilities[animals=" + animals + ", crops=" + crops + ", buildings=" + buildings + ", places=" + places() + "]";
    }
}
