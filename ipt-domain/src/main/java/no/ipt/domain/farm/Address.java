package no.ipt.domain.farm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/** A Norwegian postal address: street line, four-digit postal code and post town. */
@Embeddable
public class Address implements Serializable {

    public static final int MAX_LENGTH = 100;

    @Size(max = MAX_LENGTH)
    @Column(name = "street", length = MAX_LENGTH)
    private String street;

    @Pattern(regexp = "\\d{4}")
    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Size(max = MAX_LENGTH)
    @Column(name = "post_town", length = MAX_LENGTH)
    private String postTown;

    protected Address() {
        // for JPA
    }

    public Address(String street, String postalCode, String postTown) {
        this.street = Require.text(street, "street", MAX_LENGTH);
        if (postalCode == null || !postalCode.strip().matches("\\d{4}")) {
            throw new DomainRuleViolation("invalid-postal-code", "postalCode",
                    "A postal code has four digits, e.g. 7725 (got '" + postalCode + "')");
        }
        this.postalCode = postalCode.strip();
        this.postTown = Require.text(postTown, "postTown", MAX_LENGTH);
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String postTown() {
        return postTown;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && Objects.equals(street, other.street)
                && Objects.equals(postalCode, other.postalCode) && Objects.equals(postTown, other.postTown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postalCode, postTown);
    }

    @Override
    public String toString() {
        return street + ", " + postalCode + " " + postTown;
    }
}
