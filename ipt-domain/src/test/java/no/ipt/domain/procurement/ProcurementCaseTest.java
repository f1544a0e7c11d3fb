package no.ipt.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.ipt.domain.decision.QuorumRule;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import org.junit.jupiter.api.Test;

/** The case's own rules: its version guard, its stage and status, its quorum rule. */
class ProcurementCaseTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static ProcurementCase newCase() {
        return new ProcurementCase(new CaseNumber("IPT-2026-00042"), "Dagplassar", MunicipalityNumber.of("5006"),
                ServiceArea.HEALTH_AND_CARE, AT);
    }

    @Test
    void aNewCaseIsOpenInTheNeedsAssessmentAndDecidesByAMajorityOfMembers() {
        ProcurementCase c = newCase();
        assertThat(c.stage()).isEqualTo(Stage.NEEDS_ASSESSMENT);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.quorumRule().code()).isEqualTo("MAJORITY_OF_MEMBERS");
    }

    @Test
    void theQuorumRuleIsChosenPerCaseAndMustBeMeetable() {
        ProcurementCase c = newCase();
        c.chooseQuorumRule(QuorumRule.shareOfMembers(2, 3), 3);
        assertThat(c.quorumRule().code()).isEqualTo("SHARE_OF_MEMBERS 2/3");
        assertThatThrownBy(() -> c.chooseQuorumRule(QuorumRule.majorityOfVotesCast(4), 3))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("quorumRule");
        assertThatThrownBy(() -> c.chooseQuorumRule(null, 3)).isInstanceOf(DomainRuleViolation.class);
        assertThat(c.quorumRule().code()).as("a refused rule changes nothing").isEqualTo("SHARE_OF_MEMBERS 2/3");
    }

    @Test
    void aClosedCaseChangesNothing() {
        ProcurementCase c = newCase();
        c.close(CaseStatus.STOPPED, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.STOPPED);
        assertThatThrownBy(() -> c.chooseQuorumRule(QuorumRule.majorityOfMembers(), 3))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> c.enterStage(Stage.TENDER)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> c.requireVersion(7)).isInstanceOf(StaleCaseException.class);
    }
}
