package no.ipt.workflow.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ipt.domain.tender.NoticeRequirement;
import no.ipt.domain.tender.Procedure;
import no.ipt.domain.tender.ProcedureChoice;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code processes/tender/procurement-procedure.dmn}, on both sides of each threshold,
 * evaluated by the standalone DMN engine. The listener records which row matched, so a test names
 * the row it means and a new row without a test fails {@link #everyRuleRowIsCovered()}.
 */
class ProcurementProcedureDecisionTest {

    private static final String RESOURCE = "processes/tender/procurement-procedure.dmn";
    private static final LocalDate CURRENT = LocalDate.of(2026, 5, 4);
    private static final LocalDate FROM_2024 = LocalDate.of(2024, 3, 14);
    private static final String HEALTH = "HEALTH_AND_SOCIAL";
    private static final String OTHER = "OTHER";
    private static final String MUNICIPALITY = "MUNICIPALITY";
    private static final String STATE = "STATE";

    private static final List<String> matchedRules = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;
    private static DmnModelInstance model;

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matchedRules::add);
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream dmn = ProcurementProcedureDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(dmn).as(RESOURCE).isNotNull();
            model = Dmn.readModelFromStream(dmn);
        }
        decision = engine.parseDecision("procurement-procedure", model);
    }

    @BeforeEach
    void forgetMatches() {
        matchedRules.clear();
    }

    /** One expectation: the inputs, the row that must match first, and its outputs. */
    record Case(LocalDate decisionDate, String category, String buyer, String value, String rule, String procedure,
                String regulationPart, String notice, int standstillDays, Integer maxFrameworkYears,
                boolean mayReserve) {

        @Override
        public String toString() {
            return rule + ": " + category + " " + buyer + " NOK " + value + " on " + decisionDate;
        }
    }

    private static Case direct(LocalDate on, String category, String buyer, String value, String rule) {
        return new Case(on, category, buyer, value, rule, "DIRECT_PURCHASE", "OUTSIDE", "NONE", 0, null,
                HEALTH.equals(category));
    }

    private static Case partI(LocalDate on, String category, String buyer, String value, String rule) {
        return new Case(on, category, buyer, value, rule, "PART_I_COMPETITION", "PART_I", "NONE", 0, null,
                HEALTH.equals(category));
    }

    private static Case partII(String buyer, String value, String rule) {
        return new Case(CURRENT, OTHER, buyer, value, rule, "PART_II_TILBUDSKONKURRANSE", "PARTS_I_AND_II", "DOFFIN",
                10, 4, false);
    }

    private static Case partIII(String buyer, String value, String rule) {
        return new Case(CURRENT, OTHER, buyer, value, rule, "PART_III_ANBUDSKONKURRANSE", "PARTS_I_AND_III",
                "DOFFIN_AND_TED", 10, 4, false);
    }

    private static Case chapter30(LocalDate on, String buyer, String value, String rule) {
        return new Case(on, HEALTH, buyer, value, rule, "CHAPTER_30_HEALTH_AND_SOCIAL", "PART_IV_CHAPTER_30",
                "DOFFIN_AND_TED", 10, null, true);
    }

    static Stream<Case> cases() {
        LocalDate in2023 = LocalDate.of(2023, 6, 1);
        LocalDate lastDayOf2022Block = LocalDate.of(2024, 3, 13);
        LocalDate firstDayOf2022Block = LocalDate.of(2022, 1, 1);
        LocalDate in2021 = LocalDate.of(2021, 9, 1);
        LocalDate firstDayOf2020Block = LocalDate.of(2020, 2, 1);
        return Stream.of(
                // current thresholds, from 14 March 2024
                direct(CURRENT, OTHER, MUNICIPALITY, "0", "R2024_DirectOther"),
                direct(CURRENT, OTHER, STATE, "99999.99", "R2024_DirectOther"),
                direct(FROM_2024, HEALTH, MUNICIPALITY, "99999.99", "R2024_DirectHealth"),
                partI(CURRENT, OTHER, MUNICIPALITY, "100000", "R2024_PartIOther"),
                partI(CURRENT, OTHER, STATE, "1299999", "R2024_PartIOther"),
                partI(CURRENT, OTHER, MUNICIPALITY, "1299999.99", "R2024_PartIOther"),
                partI(CURRENT, HEALTH, MUNICIPALITY, "100000", "R2024_PartIHealth"),
                partI(CURRENT, HEALTH, MUNICIPALITY, "2300000", "R2024_PartIHealth"),
                partI(CURRENT, HEALTH, STATE, "7799999", "R2024_PartIHealth"),
                partII(MUNICIPALITY, "1300000", "R2024_PartIIMunicipality"),
                partII(MUNICIPALITY, "2299999", "R2024_PartIIMunicipality"),
                partII(STATE, "1300000", "R2024_PartIIState"),
                partII(STATE, "1489999", "R2024_PartIIState"),
                partIII(MUNICIPALITY, "2300000", "R2024_PartIIIMunicipality"),
                partIII(MUNICIPALITY, "50000000", "R2024_PartIIIMunicipality"),
                partIII(STATE, "1490000", "R2024_PartIIIState"),
                partIII(STATE, "2299999", "R2024_PartIIIState"),
                chapter30(CURRENT, MUNICIPALITY, "7800000", "R2024_Chapter30"),
                chapter30(FROM_2024, STATE, "7800000", "R2024_Chapter30"),
                // health and social services, 7.8 m from 2022 to 13 March 2024
                direct(in2023, HEALTH, MUNICIPALITY, "99999.99", "R2022_DirectHealth"),
                partI(firstDayOf2022Block, HEALTH, MUNICIPALITY, "100000", "R2022_PartIHealth"),
                partI(lastDayOf2022Block, HEALTH, STATE, "7799999", "R2022_PartIHealth"),
                partI(firstDayOf2022Block, HEALTH, MUNICIPALITY, "7500000", "R2022_PartIHealth"),
                chapter30(in2023, MUNICIPALITY, "7800000", "R2022_Chapter30"),
                // health and social services, 7.2 m from February 2020 to 2021
                direct(in2021, HEALTH, MUNICIPALITY, "99999.99", "R2020_DirectHealth"),
                partI(firstDayOf2020Block, HEALTH, MUNICIPALITY, "100000", "R2020_PartIHealth"),
                partI(in2021, HEALTH, MUNICIPALITY, "7199999", "R2020_PartIHealth"),
                chapter30(in2021, MUNICIPALITY, "7200000", "R2020_Chapter30"),
                chapter30(LocalDate.of(2021, 12, 31), STATE, "7500000", "R2020_Chapter30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choosesTheProcedure(Case c) {
        DmnDecisionResult result = evaluate(c.decisionDate(), c.category(), c.buyer(), new BigDecimal(c.value()));

        assertThat(matchedRules).containsExactly(c.rule());
        Map<String, Object> outputs = result.getSingleResult().getEntryMap();
        Map<String, Object> expected = new HashMap<>();
        expected.put("procedure", c.procedure());
        expected.put("regulationPart", c.regulationPart());
        expected.put("noticeRequired", c.notice());
        expected.put("standstillDays", c.standstillDays());
        // an empty cell (no legal maximum) leaves the output out of the result: the caller reads it as null
        if (c.maxFrameworkYears() != null) {
            expected.put("maxFrameworkYears", c.maxFrameworkYears());
        }
        expected.put("mayReserveForNonProfit", c.mayReserve());
        assertThat(outputs).containsExactlyInAnyOrderEntriesOf(expected);

        // the domain reads the same outputs: names and values of the table and the enums agree
        ProcedureChoice choice = ProcedureChoice.fromDecisionOutputs(outputs, c.decisionDate());
        assertThat(choice.procedure()).isEqualTo(Procedure.valueOf(c.procedure()));
        assertThat(choice.noticeRequirement()).isEqualTo(NoticeRequirement.valueOf(c.notice()));
        assertThat(choice.standstillDays()).isEqualTo(c.standstillDays());
        assertThat(choice.maxFrameworkYears()).isEqualTo(java.util.Optional.ofNullable(c.maxFrameworkYears()));
        assertThat(choice.mayReserveForNonProfit()).isEqualTo(c.mayReserve());
    }

    @Test
    void theStateThresholdDoesNotApplyToMunicipalities() {
        assertThat(procedure(CURRENT, OTHER, MUNICIPALITY, "1490000")).isEqualTo("PART_II_TILBUDSKONKURRANSE");
        assertThat(procedure(CURRENT, OTHER, STATE, "1490000")).isEqualTo("PART_III_ANBUDSKONKURRANSE");
    }

    @Test
    void theSameValueIsPartIOnlyForHealthAndSocialServices() {
        assertThat(procedure(CURRENT, OTHER, MUNICIPALITY, "5000000")).isEqualTo("PART_III_ANBUDSKONKURRANSE");
        assertThat(procedure(CURRENT, HEALTH, MUNICIPALITY, "5000000")).isEqualTo("PART_I_COMPETITION");
    }

    @Test
    void theDecisionDatePicksTheThresholdThatHeldThen() {
        assertThat(procedure(LocalDate.of(2021, 6, 1), HEALTH, MUNICIPALITY, "7500000"))
                .isEqualTo("CHAPTER_30_HEALTH_AND_SOCIAL");
        assertThat(procedure(LocalDate.of(2022, 6, 1), HEALTH, MUNICIPALITY, "7500000"))
                .isEqualTo("PART_I_COMPETITION");
    }

    @Test
    void noRuleDecidesWhereTheTableHasNoData() {
        // before the oldest block, and services other than health and social before 14 March 2024
        assertThat(evaluate(LocalDate.of(2020, 1, 31), HEALTH, MUNICIPALITY, new BigDecimal("500000"))).isEmpty();
        assertThat(evaluate(LocalDate.of(2024, 3, 13), OTHER, MUNICIPALITY, new BigDecimal("500000"))).isEmpty();
        assertThat(matchedRules).isEmpty();
    }

    @Test
    void everyRuleRowIsCovered() {
        Set<String> tested = cases().map(Case::rule).collect(Collectors.toSet());
        List<String> rows = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
        assertThat(rows).hasSize(15);
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void everyRuleNamesItsSource() {
        assertThat(model.getModelElementsByType(Rule.class)).hasSize(15).allSatisfy(rule ->
                assertThat(rule.getDescription().getTextContent()).as(rule.getId())
                        .contains("DOMAIN.md").containsIgnoringCase("from"));
    }

    private static String procedure(LocalDate on, String category, String buyer, String value) {
        return evaluate(on, category, buyer, new BigDecimal(value)).getSingleResult().getEntry("procedure");
    }

    private static DmnDecisionResult evaluate(LocalDate on, String category, String buyer, BigDecimal value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decisionDate", on);
        variables.put("serviceCategory", category);
        variables.put("buyerType", buyer);
        variables.put("estimatedValue", value);
        return engine.evaluateDecision(decision, variables);
    }
}
