package no.ipt.domain.decision;

import static no.ipt.domain.decision.DecisionOutcome.APPROVE;
import static no.ipt.domain.decision.DecisionOutcome.REJECT;
import static no.ipt.domain.decision.DecisionOutcome.SEND_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuorumRuleTest {

    private static Optional<DecisionOutcome> judge(QuorumRule rule, int members, int approve, int reject, int sendBack) {
        return rule.evaluate(members, VoteTally.of(approve, reject, sendBack));
    }

    @ParameterizedTest(name = "{0} members, {1}/{2}/{3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "1, 1, 0, 0, APPROVE",
            "1, 0, 0, 0, -",
            "3, 2, 0, 0, APPROVE",
            "3, 2, 1, 0, APPROVE",
            "3, 1, 1, 1, -",
            "3, 1, 0, 0, -",
            "4, 2, 2, 0, -",
            "4, 2, 0, 0, -",
            "4, 3, 1, 0, APPROVE",
            "5, 2, 2, 0, -",
            "5, 0, 3, 0, REJECT",
            "5, 0, 0, 3, SEND_BACK"})
    void majorityOfMembersNeedsMoreThanHalfOfAllMembers(int members, int approve, int reject, int sendBack,
                                                         DecisionOutcome expected) {
        assertThat(judge(QuorumRule.majorityOfMembers(), members, approve, reject, sendBack))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} members, {1}/{2}/{3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "3, 2, 0, 0, APPROVE",
            "3, 2, 1, 0, APPROVE",
            "6, 3, 0, 0, -",
            "6, 4, 0, 0, APPROVE",
            "6, 4, 2, 0, APPROVE",
            "5, 3, 0, 0, -",
            "5, 4, 0, 0, APPROVE",
            "4, 2, 2, 0, -"})
    void twoThirdsOfMembersNeedsAtLeastTwoThirds(int members, int approve, int reject, int sendBack,
                                                 DecisionOutcome expected) {
        assertThat(judge(QuorumRule.shareOfMembers(2, 3), members, approve, reject, sendBack))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void allMembersMeansUnanimity() {
        QuorumRule all = QuorumRule.shareOfMembers(1, 1);
        assertThat(judge(all, 3, 3, 0, 0)).contains(APPROVE);
        assertThat(judge(all, 3, 2, 0, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "2, 4", "1, 3", "4, 3", "0, 0", "1, 0", "50, 51"})
    void aShareOfMembersMustBeMoreThanAHalfAndAtMostAll(int numerator, int denominator) {
        assertThatThrownBy(() -> QuorumRule.shareOfMembers(numerator, denominator))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-quorum-share");
    }

    @ParameterizedTest(name = "{0} members, {1}/{2}/{3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "7, 2, 0, 0, -",
            "7, 3, 0, 0, APPROVE",
            "7, 2, 1, 0, APPROVE",
            "7, 2, 2, 0, -",
            "7, 2, 1, 1, -",
            "7, 1, 1, 1, -",
            "7, 0, 3, 1, REJECT",
            "7, 1, 1, 3, SEND_BACK"})
    void majorityOfVotesCastWithThreePresent(int members, int approve, int reject, int sendBack,
                                             DecisionOutcome expected) {
        assertThat(judge(QuorumRule.majorityOfVotesCast(3), members, approve, reject, sendBack))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aMinimumPresentMustBePositiveAndWithinTheGroup() {
        assertThatThrownBy(() -> QuorumRule.majorityOfVotesCast(0)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> QuorumRule.majorityOfVotesCast(DecisionPoint.MAX_MEMBERS + 1))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(QuorumRule.majorityOfVotesCast(DecisionPoint.MAX_MEMBERS).code()).isEqualTo("MAJORITY_OF_VOTES_CAST 50");
        assertThat(QuorumRule.shareOfMembers(26, 50).code()).isEqualTo("SHARE_OF_MEMBERS 26/50");
        QuorumRule four = QuorumRule.majorityOfVotesCast(4);
        four.requireMeetableBy(4);
        assertThatThrownBy(() -> four.requireMeetableBy(3))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("never be met");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAJORITY_OF_MEMBERS", "SHARE_OF_MEMBERS 2/3", "MAJORITY_OF_VOTES_CAST 3"})
    void theStoredFormReadsBackToAnEqualRule(String code) {
        QuorumRule rule = QuorumRule.parse(code);
        assertThat(rule.code()).isEqualTo(code);
        assertThat(QuorumRule.parse(rule.code())).isEqualTo(rule);
    }

    @Test
    void rulesAreEqualByValue() {
        assertThat(QuorumRule.shareOfMembers(2, 3)).isEqualTo(new QuorumRule.ShareOfMembers(2, 3))
                .isNotEqualTo(QuorumRule.shareOfMembers(3, 4));
        assertThat(QuorumRule.majorityOfMembers()).isEqualTo(new QuorumRule.MajorityOfMembers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MAJORITY", "SHARE_OF_MEMBERS 2:3", "MAJORITY_OF_VOTES_CAST x"})
    void unknownStoredFormsAreRefused(String code) {
        assertThatThrownBy(() -> QuorumRule.parse(code))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-quorum-rule");
    }

    @Test
    void theLeaderIsTheOneOutcomeWithTheMostVotes() {
        assertThat(VoteTally.of(0, 0, 0).leader()).isEmpty();
        assertThat(VoteTally.of(1, 1, 0).leader()).isEmpty();
        assertThat(VoteTally.of(1, 2, 2).leader()).isEmpty();
        assertThat(VoteTally.of(1, 2, 1).leader()).contains(REJECT);
        assertThat(VoteTally.of(0, 0, 1).leader()).contains(SEND_BACK);
        assertThat(VoteTally.of(1, 2, 1).votesCast()).isEqualTo(4);
    }
}
