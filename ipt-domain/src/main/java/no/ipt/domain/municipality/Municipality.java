package no.ipt.domain.municipality;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Require;

/**
 * A municipality, identified by its number. Reference data: it is loaded from SSB's classification
 * and corrected by an administrator, never changed by a procurement.
 */
@Entity
@Table(name = "municipality", schema = "ipt")
public class Municipality {

    public static final int MAX_NAME_LENGTH = 100;

    @EmbeddedId
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false))
    private MunicipalityNumber number;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "county_name", nullable = false, length = MAX_NAME_LENGTH)
    private String countyName;

    /** The day the number took effect; the same municipality had another number before a reform. */
    @NotNull
    @Column(name = "number_valid_from", nullable = false)
    private LocalDate numberValidFrom;

    protected Municipality() {
        // for JPA
    }

    public Municipality(MunicipalityNumber number, String name, String countyName, LocalDate numberValidFrom) {
        this.number = Require.present(number, "municipalityNumber");
        this.name = Require.text(name, "name", MAX_NAME_LENGTH);
        this.countyName = Require.text(countyName, "countyName", MAX_NAME_LENGTH);
        this.numberValidFrom = Require.present(numberValidFrom, "numberValidFrom");
    }

    /** Takes over a corrected name or county from the classification; the number stays. */
    public void correct(String name, String countyName) {
        this.name = Require.text(name, "name", MAX_NAME_LENGTH);
        this.countyName = Require.text(countyName, "countyName", MAX_NAME_LENGTH);
    }

    public boolean isNumberValidOn(LocalDate day) {
        return day != null && !day.isBefore(numberValidFrom);
    }

    public MunicipalityNumber number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String countyName() {
        return countyName;
    }

    public LocalDate numberValidFrom() {
        return numberValidFrom;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality other && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return number + " " + name;
    }
}
