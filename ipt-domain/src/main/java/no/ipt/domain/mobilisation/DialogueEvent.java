package no.ipt.domain.mobilisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/**
 * An information meeting or dialogue conference of a market dialogue. Its number is given by the
 * dialogue (1, 2, …) so that attendance can refer to it.
 */
@Embeddable
public class DialogueEvent implements Serializable {

    public static final int MAX_PLACE_LENGTH = 200;
    public static final int MAX_AGENDA_LENGTH = 4000;

    @Min(1)
    @Column(name = "event_number", nullable = false)
    private int number;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EventKind kind;

    @NotNull
    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @NotBlank
    @Size(max = MAX_PLACE_LENGTH)
    @Column(name = "place", nullable = false, length = MAX_PLACE_LENGTH)
    private String place;

    @NotBlank
    @Size(max = MAX_AGENDA_LENGTH)
    @Column(name = "agenda", nullable = false, length = MAX_AGENDA_LENGTH)
    private String agenda;

    protected DialogueEvent() {
        // for JPA
    }

    DialogueEvent(int number, EventKind kind, LocalDate date, String place, String agenda) {
        this.number = number;
        this.kind = Require.present(kind, "kind");
        this.date = Require.present(date, "date");
        this.place = Require.text(place, "place", MAX_PLACE_LENGTH);
        this.agenda = Require.text(agenda, "agenda", MAX_AGENDA_LENGTH);
    }

    public int number() {
        return number;
    }

    public EventKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public String place() {
        return place;
    }

    public String agenda() {
        return agenda;
    }

    boolean sameMeetingAs(EventKind otherKind, LocalDate otherDate, String otherPlace) {
        return kind == otherKind && date.equals(otherDate) && place.equalsIgnoreCase(otherPlace.strip());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DialogueEvent other && number == other.number && kind == other.kind
                && date.equals(other.date) && place.equals(other.place) && agenda.equals(other.agenda);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, kind, date, place, agenda);
    }

    @Override
    public String toString() {
        return "#" + number + " " + kind + " " + date + " " + place;
    }
}
