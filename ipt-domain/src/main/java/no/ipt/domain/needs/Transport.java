package no.ipt.domain.needs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.shared.Require;

/** Whether the participants need transport to the farm and, if so, who arranges it. */
@Embeddable
public class Transport implements Serializable {

    @NotNull
    @Column(name = "transport_needed")
    private Boolean needed;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport_arranged_by", length = 20)
    private TransportArrangement arrangedBy;

    protected Transport() {
        // for JPA
    }

    private Transport(boolean needed, TransportArrangement arrangedBy) {
        this.needed = needed;
        this.arrangedBy = arrangedBy;
    }

    public static Transport notNeeded() {
        return new Transport(false, null);
    }

    public static Transport arrangedBy(TransportArrangement arrangedBy) {
        return new Transport(true, Require.present(arrangedBy, "transportArrangedBy"));
    }

    public boolean isNeeded() {
        return needed;
    }

    /** Who arranges it; empty when no transport is needed. */
    public Optional<TransportArrangement> arrangedBy() {
        return Optional.ofNullable(arrangedBy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transport other && needed.equals(other.needed) && arrangedBy == other.arrangedBy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(needed, arrangedBy);
    }

    @Override
    public String toString() {
        return needed ? "transport arranged by " + arrangedBy : "no transport needed";
    }
}
