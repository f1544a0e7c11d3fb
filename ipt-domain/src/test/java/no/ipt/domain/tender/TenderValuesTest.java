package no.ipt.domain.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

class TenderValuesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 5, 4);

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void aTenderReferenceIsTheCaseNumberAndTheTendersNumber() {
        TenderReference reference = TenderReference.of(new CaseNumber("IPT-2026-00042"), 1);
        assertThat(reference.value()).isEqualTo("IPT-2026-00042-T1");
        assertThat(reference.caseNumber()).isEqualTo(new CaseNumber("IPT-2026-00042"));
        assertThat(reference.number()).isEqualTo(1);
        assertThat(new TenderReference("IPT-2026-123456-T12").number()).isEqualTo(12);
        assertThat(reference).isEqualTo(new TenderReference("IPT-2026-00042-T1"));
        refused(() -> new TenderReference("IPT-2026-00042"), "invalid-tender-reference");
        refused(() -> new TenderReference("IPT-2026-00042-T0"), "invalid-tender-reference");
        refused(() -> TenderReference.of(new CaseNumber("IPT-2026-00042"), 0), "invalid-tender-reference");
        refused(() -> TenderReference.of(null, 1), "missing-case-number");
    }

    @Test
    void aProcedureChoiceIsReadFromTheDecisionsOutputs() {
        Map<String, Object> outputs = new HashMap<>();
        outputs.put("procedure", "PART_II_TILBUDSKONKURRANSE");
        outputs.put("regulationPart", "PARTS_I_AND_II");
        outputs.put("noticeRequired", "DOFFIN");
        outputs.put("standstillDays", 10);
        outputs.put("maxFrameworkYears", 4);
        outputs.put("mayReserveForNonProfit", false);
        ProcedureChoice choice = ProcedureChoice.fromDecisionOutputs(outputs, DECIDED);
        assertThat(choice).isEqualTo(new ProcedureChoice(Procedure.PART_II_TILBUDSKONKURRANSE, NoticeRequirement.DOFFIN,
                10, 4, false, DECIDED));
        assertThat(choice.hasStandstill()).isTrue();
        assertThat(choice.permitsFrameworkTerm(4)).isTrue();
        assertThat(choice.permitsFrameworkTerm(5)).isFalse();

        outputs.remove("maxFrameworkYears");
        outputs.put("procedure", "PART_I_COMPETITION");
        outputs.put("noticeRequired", "NONE");
        outputs.put("standstillDays", 0);
        ProcedureChoice partI = ProcedureChoice.fromDecisionOutputs(outputs, DECIDED);
        assertThat(partI.maxFrameworkYears()).isEmpty();
        assertThat(partI.permitsFrameworkTerm(10)).isTrue();
        assertThat(partI.hasStandstill()).isFalse();
        assertThat(partI.noticeRequirement().requiresNotice()).isFalse();
    }

    @Test
    void unusableDecisionOutputsAreRefused() {
        refused(() -> ProcedureChoice.fromDecisionOutputs(Map.of(), DECIDED), "no-procedure-decided");
        Map<String, Object> outputs = new HashMap<>(Map.of("procedure", "AUCTION", "noticeRequired", "NONE",
                "standstillDays", 0, "mayReserveForNonProfit", false));
        refused(() -> ProcedureChoice.fromDecisionOutputs(outputs, DECIDED), "invalid-procedure-decision");
        outputs.put("procedure", "DIRECT_PURCHASE");
        outputs.put("standstillDays", "ten");
        refused(() -> ProcedureChoice.fromDecisionOutputs(outputs, DECIDED), "invalid-procedure-decision");
        outputs.put("standstillDays", 0);
        refused(() -> ProcedureChoice.fromDecisionOutputs(outputs, null), "missing-decision-date");
    }

    @Test
    void aProcedureChoiceGuardsItsValues() {
        refused(() -> new ProcedureChoice(Procedure.PART_I_COMPETITION, NoticeRequirement.NONE, -1, null, false, DECIDED),
                "invalid-standstill-days");
        refused(() -> new ProcedureChoice(Procedure.PART_I_COMPETITION, NoticeRequirement.NONE, 0, 0, false, DECIDED),
                "invalid-max-framework-years");
        refused(() -> new ProcedureChoice(null, NoticeRequirement.NONE, 0, null, false, DECIDED), "missing-procedure");
    }

    @Test
    void announcementsAndScoresAreValues() {
        assertThat(new Announcement(" 2026-1 ", DECIDED)).isEqualTo(new Announcement("2026-1", DECIDED));
        assertThat(new Announcement(" ", DECIDED).noticeReference()).isEmpty();
        refused(() -> new Announcement("2026-1", null), "missing-announced-on");
        OrganisationNumber farm = OrganisationNumber.of("123456785");
        assertThat(new Score("anna", farm, "Quality", 5)).isEqualTo(new Score("anna", farm, "Quality", 5))
                .isNotEqualTo(new Score("anna", farm, "Quality", 6));
    }
}
