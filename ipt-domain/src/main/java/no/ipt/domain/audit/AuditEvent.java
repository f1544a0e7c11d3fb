package no.ipt.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/**
 * One recorded state change. Immutable: it has no setters and the database refuses updates and
 * deletes of its table (see V61), so the application cannot edit the trail.
 */
@Entity
@Table(name = "audit_event", schema = "ipt")
public class AuditEvent {

    public static final int MAX_DETAIL = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @NotBlank
    @Size(max = 64)
    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @NotBlank
    @Size(max = 64)
    @Column(name = "action", nullable = false, length = 64, updatable = false)
    private String action;

    @Size(max = 64)
    @Column(name = "subject_type", length = 64, updatable = false)
    private String subjectType;

    @Size(max = 128)
    @Column(name = "subject_id", length = 128, updatable = false)
    private String subjectId;

    /** The municipality (tenant) the change belongs to, if any. */
    @Column(name = "municipality_number", length = 4, updatable = false)
    private String municipalityNumber;

    @Size(max = MAX_DETAIL)
    @Column(name = "before_state", length = MAX_DETAIL, updatable = false)
    private String before;

    @Size(max = MAX_DETAIL)
    @Column(name = "after_state", length = MAX_DETAIL, updatable = false)
    private String after;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                      String municipalityNumber, String before, String after) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Require.text(actor, "actor", 64);
        this.action = Require.text(action, "action", 64);
        this.subjectType = Require.optionalText(subjectType, "subjectType", 64);
        this.subjectId = Require.optionalText(subjectId, "subjectId", 128);
        this.municipalityNumber = municipalityNumber;
        this.before = clip(before);
        this.after = clip(after);
    }

    /** Long states are cut rather than refused: losing the tail of a detail must not lose the change. */
    private static String clip(String state) {
        if (state == null) {
            return null;
        }
        return state.length() <= MAX_DETAIL ? state : state.substring(0, MAX_DETAIL - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String municipalityNumber() {
        return municipalityNumber;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
