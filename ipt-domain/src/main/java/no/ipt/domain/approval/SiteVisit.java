package no.ipt.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/** The municipality's visit to the farm (befaring): when, by whom, and what was seen. */
@Embeddable
public class SiteVisit implements Serializable {

    public static final int MAX_VISITED_BY_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 4000;

    @NotNull
    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @NotBlank
    @Size(max = MAX_VISITED_BY_LENGTH)
    @Column(name = "visited_by", length = MAX_VISITED_BY_LENGTH)
    private String visitedBy;

    @Size(max = MAX_NOTES_LENGTH)
    @Column(name = "visit_notes", length = MAX_NOTES_LENGTH)
    private String notes;

    protected SiteVisit() {
        // for JPA
    }

    public SiteVisit(LocalDate visitedOn, String visitedBy, String notes) {
        this.visitedOn = Require.present(visitedOn, "visitedOn");
        this.visitedBy = Require.text(visitedBy, "visitedBy", MAX_VISITED_BY_LENGTH);
        this.notes = Require.optionalText(notes, "notes", MAX_NOTES_LENGTH);
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String visitedBy() {
        return visitedBy;
    }

    /** The notes, or {@code null}. */
    public String notes() {
        return notes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteVisit other && visitedOn.equals(other.visitedOn) && visitedBy.equals(other.visitedBy)
                && Objects.equals(notes, other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(visitedOn, visitedBy, notes);
    }

    @Override
    public String toString() {
        return "Site visit on " + visitedOn + " by " + visitedBy;
    }
}
