package no.ipt.application.decisions;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.decision.DecisionPoint;

/** A read model of a decision point: members, votes so far, whether the quorum is reached, minutes. */
public record DecisionView(Long id, String caseNumber, String stage, String status, String quorumRule,
                           List<MemberView> members, List<VoteView> votes, String outcome, boolean decided,
                           LocalDate closedOn, String minutes, String minutesRecordedBy, long version) implements Serializable {

    /** A member entitled to vote. */
    public record MemberView(String userId, String displayName, boolean voted) implements Serializable {
    }

    /** A vote cast. */
    public record VoteView(String userId, String choice, String comment, Instant castAt) implements Serializable {
    }

    static DecisionView of(DecisionPoint p) {
        List<MemberView> members = p.members().stream()
                .map(m -> new MemberView(m.userId(), m.displayName(), p.voteOf(m.userId()).isPresent())).toList();
        List<VoteView> votes = p.votes().stream()
                .map(v -> new VoteView(v.userId(), v.choice().name(), v.comment(), v.castAt())).toList();
        return new DecisionView(p.id(), p.caseNumber().value(), p.concludesStage().name(), p.status().name(),
                p.quorumRule().code(), members, votes, p.outcome().map(Enum::name).orElse(null), p.isDecided(),
                p.closedOn().orElse(null), p.minutes().map(m -> m.text()).orElse(null),
                p.minutes().map(m -> m.recordedBy()).orElse(null), p.version());
    }
}
