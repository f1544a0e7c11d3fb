package no.ipt.domain.followup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * A follow-up meeting (oppfølgingsmøte), part of the {@link FollowUp} aggregate: when, which roles
 * attended, the notes and when the next meeting is due. Notes are about the agreement, never
 * about individual users.
 */
@Entity
@Table(name = "follow_up_meeting", schema = "ipt")
public class Meeting {

    public static final int MAX_NOTES_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @NotNull
    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_meeting_attendee", schema = "ipt", joinColumns = @JoinColumn(name = "meeting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "attendee_role", nullable = false, length = 30)
    private Set<AttendeeRole> attendees = EnumSet.noneOf(AttendeeRole.class);

    @Size(max = MAX_NOTES_LENGTH)
    @Column(name = "notes", length = MAX_NOTES_LENGTH)
    private String notes;

    @NotNull
    @Column(name = "next_meeting_date", nullable = false)
    private LocalDate nextMeetingDate;

    protected Meeting() {
        // for JPA
    }

    Meeting(FollowUp followUp, LocalDate date, Set<AttendeeRole> attendees, String notes, LocalDate nextMeetingDate) {
        this.followUp = followUp;
        this.date = Require.present(date, "date");
        if (Require.present(attendees, "attendees").isEmpty()) {
            throw new DomainRuleViolation("missing-attendees", "attendees", "Say which roles attended the meeting");
        }
        this.attendees.addAll(attendees);
        this.notes = Require.optionalText(notes, "notes", MAX_NOTES_LENGTH);
        if (!Require.present(nextMeetingDate, "nextMeetingDate").isAfter(date)) {
            throw new DomainRuleViolation("invalid-next-meeting-date", "nextMeetingDate",
                    "The next meeting comes after this one on " + date + " (got " + nextMeetingDate + ")");
        }
        this.nextMeetingDate = nextMeetingDate;
    }

    public LocalDate date() {
        return date;
    }

    public Set<AttendeeRole> attendees() {
        return Set.copyOf(attendees);
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public LocalDate nextMeetingDate() {
        return nextMeetingDate;
    }

    @Override
    public String toString() {
        return "meeting " + date + " " + attendees;
    }
}
