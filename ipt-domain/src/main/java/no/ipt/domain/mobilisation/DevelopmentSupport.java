package no.ipt.domain.mobilisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * Development support given to a farm during mobilisation (the Vestland budget line
 * "Utviklingsarbeid - IPT-leverandørar: rettleiing, mentorhjelp, … IN"). Notes are about the farm's
 * business, never about service users.
 */
@Embeddable
public class DevelopmentSupport implements Serializable {

    public static final int MAX_NOTES_LENGTH = 2000;

    @Embedded
    @Valid
    @NotNull
    private OrganisationNumber farm;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private SupportKind kind;

    @NotNull
    @Column(name = "support_date", nullable = false)
    private LocalDate date;

    @Size(max = MAX_NOTES_LENGTH)
    @Column(name = "notes", length = MAX_NOTES_LENGTH)
    private String notes;

    protected DevelopmentSupport() {
        // for JPA
    }

    public DevelopmentSupport(OrganisationNumber farm, SupportKind kind, LocalDate date, String notes) {
        this.farm = Require.present(farm, "organisationNumber");
        this.kind = Require.present(kind, "kind");
        this.date = Require.present(date, "date");
        this.notes = Require.optionalText(notes, "notes", MAX_NOTES_LENGTH);
        if (kind == SupportKind.OTHER && this.notes == null) {
            throw new DomainRuleViolation("missing-notes", "notes", "Say in the notes what kind of support it was");
        }
    }

    public OrganisationNumber farm() {
        return farm;
    }

    public SupportKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    /** The notes, or {@code null}. */
    public String notes() {
        return notes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevelopmentSupport other && farm.equals(other.farm) && kind == other.kind
                && date.equals(other.date) && Objects.equals(notes, other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(farm, kind, date, notes);
    }

    @Override
    public String toString() {
        return kind + " for " + farm + " " + date;
    }
}
