package no.ipt.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/** One member's current vote at a decision point; a changed vote replaces the earlier one. */
@Embeddable
public class Vote implements Serializable {

    public static final int MAX_COMMENT_LENGTH = 2000;

    @NotBlank
    @Size(max = Member.MAX_USER_ID_LENGTH)
    @Column(name = "user_id", nullable = false, length = Member.MAX_USER_ID_LENGTH)
    private String userId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false, length = 20)
    private DecisionOutcome choice;

    @Size(max = MAX_COMMENT_LENGTH)
    @Column(name = "comment", length = MAX_COMMENT_LENGTH)
    private String comment;

    @NotNull
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
        // for JPA
    }

    public Vote(String userId, DecisionOutcome choice, String comment, Instant castAt) {
        this.userId = Require.text(userId, "userId", Member.MAX_USER_ID_LENGTH);
        this.choice = Require.present(choice, "choice");
        this.comment = Require.optionalText(comment, "comment", MAX_COMMENT_LENGTH);
        if (choice.needsComment() && this.comment == null) {
            throw new DomainRuleViolation("missing-comment", "comment",
                    "Say why when you vote " + choice.name().toLowerCase().replace('_', ' '));
        }
        this.castAt = Require.present(castAt, "castAt");
    }

    public String userId() {
        return userId;
    }

    public DecisionOutcome choice() {
        return choice;
    }

    /** The comment, or {@code null} for an approval without one. */
    public String comment() {
        return comment;
    }

    public Instant castAt() {
        return castAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vote other && userId.equals(other.userId) && choice == other.choice
                && Objects.equals(comment, other.comment) && castAt.equals(other.castAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, choice, comment, castAt);
    }

    @Override
    public String toString() {
        return userId + ": " + choice;
    }
}
