package no.ipt.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.shared.Require;

/**
 * When the competition was announced (kunngjort) and, where a notice was published, its reference on
 * Doffin (and TED). Part I competitions need no notice: the buyer invites farms directly.
 */
@Embeddable
public class Announcement implements Serializable {

    public static final int MAX_REFERENCE_LENGTH = 64;

    @Size(max = MAX_REFERENCE_LENGTH)
    @Column(name = "notice_reference", length = MAX_REFERENCE_LENGTH)
    private String noticeReference;

    @NotNull
    @Column(name = "announced_on")
    private LocalDate announcedOn;

    protected Announcement() {
        // for JPA
    }

    public Announcement(String noticeReference, LocalDate announcedOn) {
        this.noticeReference = Require.optionalText(noticeReference, "noticeReference", MAX_REFERENCE_LENGTH);
        this.announcedOn = Require.present(announcedOn, "announcedOn");
    }

    /** The notice's reference (e.g. Doffin's "2026-100123"), or empty when nothing was published. */
    public Optional<String> noticeReference() {
        return Optional.ofNullable(noticeReference);
    }

    public LocalDate announcedOn() {
        return announcedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Announcement other && Objects.equals(noticeReference, other.noticeReference)
                && announcedOn.equals(other.announcedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(noticeReference, announcedOn);
    }

    @Override
    public String toString() {
        return (noticeReference == null ? "invitation" : noticeReference) + " on " + announcedOn;
    }
}
