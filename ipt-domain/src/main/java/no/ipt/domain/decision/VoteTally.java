package no.ipt.domain.decision;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How many votes each outcome has: what a quorum rule judges. */
public final class VoteTally {

    private final Map<DecisionOutcome, Integer> counts = new EnumMap<>(DecisionOutcome.class);

    private VoteTally() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            counts.put(outcome, 0);
        }
    }

    public static VoteTally of(Collection<Vote> votes) {
        VoteTally tally = new VoteTally();
        votes.forEach(vote -> tally.counts.merge(vote.choice(), 1, Integer::sum));
        return tally;
    }

    /** A tally of {@code approve}, {@code reject} and {@code sendBack} votes. */
    public static VoteTally of(int approve, int reject, int sendBack) {
        if (approve < 0 || reject < 0 || sendBack < 0) {
            throw new IllegalArgumentException("Vote counts are zero or more");
        }
        VoteTally tally = new VoteTally();
        tally.counts.put(DecisionOutcome.APPROVE, approve);
        tally.counts.put(DecisionOutcome.REJECT, reject);
        tally.counts.put(DecisionOutcome.SEND_BACK, sendBack);
        return tally;
    }

    public int count(DecisionOutcome outcome) {
        return counts.get(outcome);
    }

    public int votesCast() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The outcome with strictly the most votes; empty when nobody voted or the top is shared (a tie). */
    public Optional<DecisionOutcome> leader() {
        DecisionOutcome leader = null;
        int best = 0;
        boolean tied = false;
        for (Map.Entry<DecisionOutcome, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > best) {
                leader = entry.getKey();
                best = entry.getValue();
                tied = false;
            } else if (entry.getValue() == best && best > 0) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(leader);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoteTally other && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
