package no.ipt.workflow.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import no.ipt.application.demo.DemoData;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.NeedsAssessmentRepository;
import no.ipt.domain.needs.Transport;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.ServiceCategory;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.forms.FormValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The needs-assessment form: every field checked before the task completes, the aggregate filled and submitted. */
class DescribeNeedFormTest {

    private static final CaseNumber CASE = new CaseNumber("IPT-2026-00042");

    private EntityManager em;
    private NeedsAssessmentRepository assessments;
    private DescribeNeedForm form;
    private ProcurementCase procurementCase;

    @BeforeEach
    void setUp() {
        JpaTestRepositories.truncate("ipt.needs_assessment");
        em = JpaTestRepositories.entityManager();
        assessments = JpaTestRepositories.needsAssessments(em);
        form = new DescribeNeedForm(assessments);
        procurementCase = new ProcurementCase(CASE, "Dagplassar", MunicipalityNumber.of("5006"),
                ServiceArea.HEALTH_AND_CARE, Instant.parse("2026-01-05T08:00:00Z"));
    }

    @AfterEach
    void close() {
        em.close();
    }

    private static Map<String, Object> complete() {
        return new HashMap<>(DemoData.needsAssessment("Dagtilbod for heimebuande med demens", 12));
    }

    private NeedsAssessment stored() {
        em.clear();
        return assessments.findByCase(CASE).orElseThrow();
    }

    @Test
    void aCompleteAssessmentPassesAndIsSubmittedOnApply() {
        assertThat(form.validate(new FormValues(complete()))).containsEntry("participants", 12);
        form.apply(procurementCase, new FormValues(complete()));

        NeedsAssessment assessment = stored();
        assertThat(assessment.isSubmitted()).isTrue();
        assertThat(assessment.places()).contains(6);
        assertThat(assessment.transport()).contains(Transport.arrangedBy(no.ipt.domain.needs.TransportArrangement.MUNICIPALITY));
        assertThat(assessment.currentService().orElseThrow().yearlyCost()).isEqualTo(Money.nok(950_000));
        assertThat(assessment.expectedOutcomes()).containsExactly("Kortare venteliste", "Meir aktivitet ute");
        assertThat(assessment.unitsInvolved()).containsExactly("Helse og omsorg", "Tildelingskontoret");
        assertThat(assessment.estimatedContractValue()).contains(Money.nok(2_100_000));
        assertThat(assessment.serviceCategory()).contains(ServiceCategory.HEALTH_AND_SOCIAL);
        assertThat(assessment.buyerType()).contains(BuyerType.MUNICIPALITY);
        assertThat(procurementCase.participants()).isEqualTo(12);
    }

    @Test
    void aSentBackAssessmentIsReopenedRevisedAndSubmittedAgain() {
        form.apply(procurementCase, new FormValues(complete()));
        Map<String, Object> revised = complete();
        revised.put("transport", "NOT_NEEDED");
        revised.remove("currentService");
        revised.remove("currentServiceYearlyCost");
        revised.put("buyerType", "STATE");
        form.apply(procurementCase, new FormValues(revised));

        NeedsAssessment assessment = stored();
        assertThat(assessment.isSubmitted()).isTrue();
        assertThat(assessment.reopenReason()).contains(DescribeNeedForm.REOPENED_AFTER_SEND_BACK);
        assertThat(assessment.transport()).contains(Transport.notNeeded());
        assertThat(assessment.currentService()).isEmpty();
        assertThat(assessment.buyerType()).contains(BuyerType.STATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"targetGroup", "places", "daysPerWeek", "periodStart", "transport", "expectedOutcomes",
            "estimatedContractValue", "serviceCategory", "buyerType", "unitsInvolved"})
    void everyMandatoryFieldIsNamedWhenMissing(String field) {
        Map<String, Object> values = complete();
        values.remove(field);
        assertThatThrownBy(() -> form.validate(new FormValues(values))).isInstanceOf(DomainRuleViolation.class)
                .extracting("field").isEqualTo(field);
    }

    @Test
    void badValuesAreRefusedWithTheirField() {
        Map<String, Object> values = complete();
        values.put("daysPerWeek", 8);
        assertThatThrownBy(() -> form.validate(new FormValues(values))).extracting("field").isEqualTo("daysPerWeek");
        values.put("daysPerWeek", 2);
        values.put("periodEnd", "2026-12-31");
        assertThatThrownBy(() -> form.validate(new FormValues(values))).extracting("field").isEqualTo("periodEnd");
        values.put("periodEnd", "2028-12-31");
        values.remove("currentServiceYearlyCost");
        assertThatThrownBy(() -> form.validate(new FormValues(values))).extracting("field")
                .isEqualTo("currentServiceYearlyCost");
        values.put("currentServiceYearlyCost", "-5");
        assertThatThrownBy(() -> form.validate(new FormValues(values))).isInstanceOf(DomainRuleViolation.class);
        values.put("currentServiceYearlyCost", "5");
        values.put("serviceCategory", "FOOD");
        assertThatThrownBy(() -> form.validate(new FormValues(values))).extracting("field").isEqualTo("serviceCategory");
        values.put("serviceCategory", "OTHER");
        values.put("colour", "green");
        assertThatThrownBy(() -> form.validate(new FormValues(values))).extracting("field").isEqualTo("colour");
        assertThat(assessments.findByCase(CASE)).as("validation stores nothing").isEmpty();
    }
}
