package no.ipt.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/** The minutes (protokoll) of a decision point: what was decided and why, by whom they were written. */
@Embeddable
public class Minutes implements Serializable {

    public static final int MAX_TEXT_LENGTH = 8000;

    @NotBlank
    @Size(max = MAX_TEXT_LENGTH)
    @Column(name = "minutes_text", length = MAX_TEXT_LENGTH)
    private String text;

    @NotBlank
    @Size(max = Member.MAX_USER_ID_LENGTH)
    @Column(name = "minutes_recorded_by", length = Member.MAX_USER_ID_LENGTH)
    private String recordedBy;

    @NotNull
    @Column(name = "minutes_recorded_on")
    private LocalDate recordedOn;

    protected Minutes() {
        // for JPA
    }

    public Minutes(String text, String recordedBy, LocalDate recordedOn) {
        this.text = Require.text(text, "minutesText", MAX_TEXT_LENGTH);
        this.recordedBy = Require.text(recordedBy, "recordedBy", Member.MAX_USER_ID_LENGTH);
        this.recordedOn = Require.present(recordedOn, "recordedOn");
    }

    public String text() {
        return text;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Minutes other && text.equals(other.text) && recordedBy.equals(other.recordedBy)
                && recordedOn.equals(other.recordedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, recordedBy, recordedOn);
    }

    @Override
    public String toString() {
        return "Minutes by " + recordedBy + " on " + recordedOn;
    }
}
