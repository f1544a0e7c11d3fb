package no.ipt.domain.farm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The cadastral number of the farm within its municipality: gårdsnummer / bruksnummer (gnr/bnr),
 * written "12/3". Unique only together with the municipality number.
 */
@Embeddable
public class PropertyNumber implements Serializable {

    @Positive
    @Column(name = "farm_number")
    private Integer farmNumber;

    @Positive
    @Column(name = "holding_number")
    private Integer holdingNumber;

    protected PropertyNumber() {
        // for JPA
    }

    public PropertyNumber(int farmNumber, int holdingNumber) {
        if (farmNumber < 1 || holdingNumber < 1) {
            throw new DomainRuleViolation("invalid-property-number", "propertyNumber",
                    "Gårdsnummer and bruksnummer are positive whole numbers (got " + farmNumber + "/" + holdingNumber + ")");
        }
        this.farmNumber = farmNumber;
        this.holdingNumber = holdingNumber;
    }

    /** Parses "gnr/bnr", e.g. {@code "12/3"}. */
    public static PropertyNumber parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*/\\s*");
        if (parts.length != 2 || !parts[0].matches("\\d{1,5}") || !parts[1].matches("\\d{1,5}")) {
            throw new DomainRuleViolation("invalid-property-number", "propertyNumber",
                    "Write gårdsnummer and bruksnummer as 12/3 (got '" + text + "')");
        }
        return new PropertyNumber(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public int farmNumber() {
        return farmNumber;
    }

    public int holdingNumber() {
        return holdingNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyNumber other
                && Objects.equals(farmNumber, other.farmNumber) && Objects.equals(holdingNumber, other.holdingNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(farmNumber, holdingNumber);
    }

    @Override
    public String toString() {
        return farmNumber + "/" + holdingNumber;
    }
}
