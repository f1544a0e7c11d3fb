package no.ipt.domain.decision;

import static no.ipt.domain.decision.DecisionOutcome.APPROVE;
import static no.ipt.domain.decision.DecisionOutcome.REJECT;
import static no.ipt.domain.decision.DecisionOutcome.SEND_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.DomainRuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionPointTest {

    private static final CaseNumber CASE = new CaseNumber("IPT-2026-00042");
    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static List<Member> members(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Member("m" + i, "Member " + i)).toList();
    }

    private static DecisionPoint point(int members) {
        return new DecisionPoint(CASE, Stage.NEEDS_ASSESSMENT, OPENED, members(members));
    }

    private static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo(code);
    }

    @Test
    void opensWithTheDefaultSimpleMajorityOfAllMembers() {
        DecisionPoint point = point(3);
        assertThat(point.isOpen()).isTrue();
        assertThat(point.status()).isEqualTo(DecisionPointStatus.OPEN);
        assertThat(point.quorumRule()).isEqualTo(QuorumRule.majorityOfMembers());
        assertThat(point.concludesStage()).isEqualTo(Stage.NEEDS_ASSESSMENT);
        assertThat(point.isDecided()).isFalse();
        assertThat(point.closedOn()).isEmpty();
        assertThat(point.minutes()).isEmpty();
    }

    @Test
    void needsAtLeastOneMemberAndNoMemberTwice() {
        assertViolation(() -> new DecisionPoint(CASE, Stage.TENDER, OPENED, List.of()), "missing-members");
        assertViolation(() -> new DecisionPoint(CASE, Stage.TENDER, OPENED, null), "missing-members");
        assertViolation(() -> new DecisionPoint(CASE, Stage.TENDER, OPENED,
                List.of(new Member("kari", "Kari"), new Member("kari", "Kari N."))), "duplicate-member");
        assertThat(new DecisionPoint(CASE, Stage.TENDER, OPENED, members(1)).members()).hasSize(1);
    }

    @Test
    void refusesAQuorumTheGroupCanNeverMeet() {
        assertViolation(() -> new DecisionPoint(CASE, Stage.TENDER, OPENED, members(2),
                QuorumRule.majorityOfVotesCast(3)), "invalid-quorum-minimum");
    }

    @Test
    void withThreeMembersTwoApprovalsDecide() {
        DecisionPoint point = point(3);
        point.vote("m1", APPROVE, null, AT);
        assertThat(point.isDecided()).isFalse();
        point.vote("m2", APPROVE, "Good need", AT);
        assertThat(point.outcome()).contains(APPROVE);
        assertThat(point.isDecided()).isTrue();
    }

    @Test
    void withFourMembersATwoTwoSplitDoesNotDecide() {
        DecisionPoint point = point(4);
        point.vote("m1", APPROVE, null, AT);
        point.vote("m2", APPROVE, null, AT);
        point.vote("m3", REJECT, "Too expensive", AT);
        point.vote("m4", REJECT, "No providers", AT);
        assertThat(point.isDecided()).isFalse();
        assertViolation(() -> point.close(OPENED), "not-decided");
        assertThat(point.isOpen()).isTrue();
    }

    @Test
    void aMemberMayChangeTheVoteWhileOpenAndCountsOnce() {
        DecisionPoint point = point(3);
        point.vote("m1", APPROVE, null, AT);
        point.vote("m2", APPROVE, null, AT);
        assertThat(point.isDecided()).isTrue();
        point.vote("m2", SEND_BACK, "Count the waiting list first", AT.plusSeconds(60));
        assertThat(point.votes()).hasSize(2);
        assertThat(point.voteOf("m2").orElseThrow().choice()).isEqualTo(SEND_BACK);
        assertThat(point.tally()).isEqualTo(VoteTally.of(1, 0, 1));
        assertThat(point.isDecided()).isFalse();
        point.vote("m3", SEND_BACK, "Agree", AT);
        assertThat(point.outcome()).contains(SEND_BACK);
    }

    @Test
    void aNonMemberCannotVote() {
        DecisionPoint point = point(3);
        assertViolation(() -> point.vote("outsider", APPROVE, null, AT), "not-a-member");
        assertThat(point.votes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DecisionOutcome.class, names = {"REJECT", "SEND_BACK"})
    void rejectingOrSendingBackNeedsAComment(DecisionOutcome choice) {
        DecisionPoint point = point(3);
        assertViolation(() -> point.vote("m1", choice, null, AT), "missing-comment");
        assertViolation(() -> point.vote("m1", choice, "   ", AT), "missing-comment");
        point.vote("m1", choice, "Reason", AT);
        assertThat(point.voteOf("m1").orElseThrow().comment()).isEqualTo("Reason");
    }

    @Test
    void closingFreezesTheOutcomeAndRefusesFurtherVotes() {
        DecisionPoint point = point(3);
        point.vote("m1", REJECT, "No budget", AT);
        point.vote("m2", REJECT, "No budget", AT);
        point.close(OPENED.plusDays(1));
        assertThat(point.status()).isEqualTo(DecisionPointStatus.CLOSED);
        assertThat(point.outcome()).contains(REJECT);
        assertThat(point.closedOn()).contains(OPENED.plusDays(1));
        assertViolation(() -> point.vote("m3", APPROVE, null, AT), "decision-point-closed");
        assertViolation(() -> point.vote("m1", APPROVE, null, AT), "decision-point-closed");
        assertViolation(() -> point.close(OPENED.plusDays(2)), "decision-point-closed");
        assertViolation(() -> point.changeQuorumRule(QuorumRule.shareOfMembers(2, 3)), "decision-point-closed");
    }

    @Test
    void cannotCloseBeforeItOpened() {
        DecisionPoint point = point(1);
        point.vote("m1", APPROVE, null, AT);
        assertViolation(() -> point.close(OPENED.minusDays(1)), "closed-before-opened");
        point.close(OPENED);
        assertThat(point.isOpen()).isFalse();
    }

    @Test
    void minutesAreRequiredToConcludeAndOnlyAfterClosing() {
        DecisionPoint point = point(1);
        point.vote("m1", APPROVE, null, AT);
        assertViolation(() -> point.recordMinutes("Approved", "secretary", OPENED), "decision-point-open");
        point.close(OPENED);
        assertThat(point.isConcluded()).isFalse();
        assertViolation(() -> point.recordMinutes(" ", "secretary", OPENED), "missing-minutes-text");
        assertViolation(() -> point.recordMinutes("Approved", null, OPENED), "missing-recorded-by");
        assertViolation(() -> point.recordMinutes("Approved", "secretary", null), "missing-recorded-on");
        assertViolation(() -> point.recordMinutes("Approved", "secretary", OPENED.minusDays(1)),
                "minutes-before-closing");
        assertThat(point.isConcluded()).isFalse();

        point.recordMinutes("Approved: go to market", "secretary", OPENED);
        assertThat(point.isConcluded()).isTrue();
        assertThat(point.minutes()).contains(new Minutes("Approved: go to market", "secretary", OPENED));
        assertThat(point.outcome()).contains(APPROVE);
        assertViolation(() -> point.recordMinutes("Again", "secretary", OPENED), "decision-point-concluded");
    }

    @Test
    void theQuorumRuleChangesOnlyBeforeTheFirstVote() {
        DecisionPoint point = point(3);
        point.changeQuorumRule(QuorumRule.shareOfMembers(1, 1));
        point.vote("m1", APPROVE, null, AT);
        point.vote("m2", APPROVE, null, AT);
        assertThat(point.isDecided()).isFalse();
        assertViolation(() -> point.changeQuorumRule(QuorumRule.majorityOfMembers()), "votes-already-cast");
        assertViolation(() -> point(2).changeQuorumRule(QuorumRule.majorityOfVotesCast(3)), "invalid-quorum-minimum");
    }

    @Test
    void majorityOfVotesCastDecidesOnceEnoughArePresent() {
        DecisionPoint point = new DecisionPoint(CASE, Stage.TENDER, OPENED, members(7),
                QuorumRule.majorityOfVotesCast(3));
        point.vote("m1", APPROVE, null, AT);
        point.vote("m2", APPROVE, null, AT);
        assertThat(point.isDecided()).isFalse();
        point.vote("m3", REJECT, "Price too high", AT);
        assertThat(point.outcome()).contains(APPROVE);
    }

    @Test
    void membersAndVotesAreReadOnlyFromOutside() {
        DecisionPoint point = point(2);
        point.vote("m1", APPROVE, null, AT);
        assertThatThrownBy(() -> point.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> point.votes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(point.member("m2")).contains(new Member("m2", "Member 2"));
    }
}
