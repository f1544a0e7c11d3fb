package no.ipt.domain.decision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * How a steering group's votes become a decision. A case chooses one of a small closed set of
 * rules; each judges a tally against the number of members entitled to vote. Whatever the rule, a
 * tie never decides: only the one outcome with the most votes can win.
 */
public sealed interface QuorumRule
        permits QuorumRule.MajorityOfMembers, QuorumRule.ShareOfMembers, QuorumRule.MajorityOfVotesCast {

    /** The decided outcome, or empty while the votes do not (yet) meet the rule. */
    Optional<DecisionOutcome> evaluate(int members, VoteTally tally);

    /** Refuses a rule that a group of {@code members} could never meet. */
    default void requireMeetableBy(int members) {
        // most rules can always be met
    }

    /** The stored form, read back by {@link #parse}. */
    String code();

    /** The default: more than half of all members vote for the same outcome. */
    static QuorumRule majorityOfMembers() {
        return new MajorityOfMembers();
    }

    /** At least {@code numerator}/{@code denominator} of all members, e.g. two thirds. */
    static QuorumRule shareOfMembers(int numerator, int denominator) {
        return new ShareOfMembers(numerator, denominator);
    }

    /** More than half of the votes cast, once at least {@code minimumPresent} members have voted. */
    static QuorumRule majorityOfVotesCast(int minimumPresent) {
        return new MajorityOfVotesCast(minimumPresent);
    }

    static QuorumRule parse(String code) {
        if (code == null) {
            throw new DomainRuleViolation("missing-quorum-rule", "quorumRule", "Choose a quorum rule");
        }
        if (code.equals(MajorityOfMembers.CODE)) {
            return majorityOfMembers();
        }
        Matcher share = ShareOfMembers.FORM.matcher(code);
        if (share.matches()) {
            return shareOfMembers(Integer.parseInt(share.group(1)), Integer.parseInt(share.group(2)));
        }
        Matcher cast = MajorityOfVotesCast.FORM.matcher(code);
        if (cast.matches()) {
            return majorityOfVotesCast(Integer.parseInt(cast.group(1)));
        }
        throw new DomainRuleViolation("invalid-quorum-rule", "quorumRule", "Unknown quorum rule '" + code + "'");
    }

    /** Simple majority of all members (2 of 3, 3 of 4, 3 of 5): abstaining counts against. */
    record MajorityOfMembers() implements QuorumRule {

        static final String CODE = "MAJORITY_OF_MEMBERS";

        @Override
        public Optional<DecisionOutcome> evaluate(int members, VoteTally tally) {
            return tally.leader().filter(outcome -> 2 * tally.count(outcome) > members);
        }

        @Override
        public String code() {
            return CODE;
        }
    }

    /**
     * A qualified majority of all members, e.g. two thirds. The share must be more than a half,
     * so that two outcomes can never both meet it.
     */
    record ShareOfMembers(int numerator, int denominator) implements QuorumRule {

        static final Pattern FORM = Pattern.compile("SHARE_OF_MEMBERS (\\d{1,2})/(\\d{1,2})");

        public ShareOfMembers {
            if (denominator < 1 || denominator > DecisionPoint.MAX_MEMBERS || numerator > denominator
                    || 2 * numerator <= denominator) {
                throw new DomainRuleViolation("invalid-quorum-share", "quorumRule", "A share of members must be"
                        + " more than a half and at most all of them, in parts of at most " + DecisionPoint.MAX_MEMBERS
                        + " (got " + numerator + "/" + denominator + ")");
            }
        }

        @Override
        public Optional<DecisionOutcome> evaluate(int members, VoteTally tally) {
            return tally.leader().filter(outcome -> tally.count(outcome) * denominator >= numerator * members);
        }

        @Override
        public String code() {
            return "SHARE_OF_MEMBERS " + numerator + "/" + denominator;
        }
    }

    /** More than half of the votes cast, with at least {@code minimumPresent} members voting. */
    record MajorityOfVotesCast(int minimumPresent) implements QuorumRule {

        static final Pattern FORM = Pattern.compile("MAJORITY_OF_VOTES_CAST (\\d{1,2})");

        public MajorityOfVotesCast {
            if (minimumPresent < 1 || minimumPresent > DecisionPoint.MAX_MEMBERS) {
                throw new DomainRuleViolation("invalid-quorum-minimum", "quorumRule", "Between 1 and "
                        + DecisionPoint.MAX_MEMBERS + " members must be present to decide (got " + minimumPresent + ")");
            }
        }

        @Override
        public Optional<DecisionOutcome> evaluate(int members, VoteTally tally) {
            if (tally.votesCast() < minimumPresent) {
                return Optional.empty();
            }
            return tally.leader().filter(outcome -> 2 * tally.count(outcome) > tally.votesCast());
        }

        @Override
        public void requireMeetableBy(int members) {
            if (minimumPresent > members) {
                throw new DomainRuleViolation("invalid-quorum-minimum", "quorumRule", "The quorum of "
                        + minimumPresent + " present can never be met by " + members + " members");
            }
        }

        @Override
        public String code() {
            return "MAJORITY_OF_VOTES_CAST " + minimumPresent;
        }
    }
}
