package no.ipt.workflow.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.mobilisation.SupportKind;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mobilisation forms: validate() rules, and apply() on the real MarketDialogue handing the process its variables. */
@Deployment(resources = "processes/supplier-mobilisation/supplier-mobilisation.bpmn")
class MobilisationFormsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneId.of("UTC"));
    static final String FARM_A = "123456785";
    static final String FARM_B = "987654325";

    private final EntityManager em = JpaTestRepositories.entityManager();
    private final MarketDialogueRepository dialogues = JpaTestRepositories.marketDialogues(em);
    private final ProcurementCase procurementCase = new ProcurementCase(new CaseNumber(SupplierMobilisationProcessTest.CASE),
            "Dagtilbod på gard", MunicipalityNumber.of("3303"), ServiceArea.HEALTH_AND_CARE, CLOCK.instant());

    @BeforeEach
    void emptyTables() {
        JpaTestRepositories.truncate("ipt.market_dialogue");
    }

    @AfterEach
    void close() {
        em.close();
    }

    private PlanMarketDialogueForm plan() {
        return new PlanMarketDialogueForm(dialogues, ProcessTestEngine.get().getRuntimeService(), CLOCK);
    }

    private RegisterInterestForm register() {
        return new RegisterInterestForm(dialogues, ProcessTestEngine.get().getRuntimeService(), CLOCK);
    }

    private static FormValues values(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return new FormValues(map);
    }

    private static FormValues planned() {
        return values("eventKind", "INFORMATION_MEETING", "eventDate", "2026-03-20", "place", "Kongsberg rådhus",
                "agenda", "Kva vi vil kjøpe", "targetInterestedFarms", 2);
    }

    /** The dialogue as stored, read back from the database. */
    private MarketDialogue dialogue() {
        em.clear();
        return dialogues.find(procurementCase.caseNumber()).orElseThrow();
    }

    @Test
    void planningCreatesTheDialogueWithItsFirstEventAndTarget() {
        assertThat(plan().validate(planned())).isEmpty();
        plan().apply(procurementCase, planned());

        assertThat(dialogue().events()).hasSize(1);
        assertThat(dialogue().events().get(0).place()).isEqualTo("Kongsberg rådhus");
        assertThat(dialogue().targetInterestedFarms()).isEqualTo(2);
    }

    @Test
    void planValidationNamesTheFieldAtFault() {
        assertThatThrownBy(() -> plan().validate(values("eventKind", "PARTY"))).isInstanceOf(DomainRuleViolation.class)
                .extracting("field").isEqualTo("eventKind");
        assertThatThrownBy(() -> plan().validate(values("eventKind", "DIALOGUE_CONFERENCE", "eventDate", "20.03.2026")))
                .extracting("field").isEqualTo("eventDate");
        assertThatThrownBy(() -> plan().validate(values("eventKind", "DIALOGUE_CONFERENCE", "eventDate", "2026-03-20")))
                .extracting("field").isEqualTo("place");
        assertThatThrownBy(() -> plan().validate(values("colour", "green"))).extracting("field").isEqualTo("colour");
        Map<String, Object> wrongTarget = new HashMap<>(Map.of("eventKind", "INFORMATION_MEETING", "eventDate", "2026-03-20",
                "place", "Kongsberg", "agenda", "Dialog", "targetInterestedFarms", "two"));
        assertThatThrownBy(() -> plan().validate(new FormValues(wrongTarget))).extracting("field")
                .isEqualTo("targetInterestedFarms");
    }

    @Test
    void registeringInterestHandsTheProcessEnoughInterestAndTheCandidateFarmsFromTheDialogue() {
        ProcessInstance instance = SupplierMobilisationProcessTest.start();
        plan().apply(procurementCase, planned());
        assertThat(runtimeService().getVariables(instance.getId())).containsEntry("enoughInterest", false)
                .containsEntry("candidateFarms", List.of());

        FormValues first = values("organisationNumber", FARM_A, "invitedOn", "2026-03-01", "attendedEvent", 1,
                "serviceArea", "HEALTH_AND_CARE", "places", 4, "developmentSupportNeeded", "true");
        assertThat(register().validate(first)).containsEntry("developmentSupportNeeded", true);
        register().apply(procurementCase, first);
        assertThat(dialogue().attendeesOf(1)).containsExactly(OrganisationNumber.of(FARM_A));
        assertThat(runtimeService().getVariables(instance.getId())).containsEntry("enoughInterest", false)
                .containsEntry("candidateFarms", List.of(FARM_A));

        register().apply(procurementCase, values("organisationNumber", FARM_B, "serviceArea", "HEALTH_AND_CARE", "places", "2"));
        assertThat(runtimeService().getVariables(instance.getId())).containsEntry("enoughInterest", true)
                .containsEntry("candidateFarms", List.of(FARM_A, FARM_B));
        assertThat(dialogue().placesOffered(ServiceArea.HEALTH_AND_CARE)).isEqualTo(6);
        assertThat(dialogue().interests().get(0).registeredOn()).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void theDialogueRefusesAttendanceOfAFarmThatWasNotInvited() {
        plan().apply(procurementCase, planned());
        assertThatThrownBy(() -> register().apply(procurementCase, values("organisationNumber", FARM_A, "attendedEvent", 1)))
                .isInstanceOf(DomainRuleViolation.class).extracting("code").isEqualTo("farm-not-invited");
    }

    @Test
    void registerInterestValidation() {
        assertThat(register().validate(values("organisationNumber", FARM_A, "invitedOn", "2026-03-01")))
                .containsEntry("developmentSupportNeeded", false);
        assertThatThrownBy(() -> register().validate(values("organisationNumber", "123456789", "invitedOn", "2026-03-01")))
                .extracting("code").isEqualTo("invalid-organisation-number");
        assertThatThrownBy(() -> register().validate(values("organisationNumber", FARM_A)))
                .extracting("code").isEqualTo("nothing-to-record");
        assertThatThrownBy(() -> register().validate(values("organisationNumber", FARM_A, "serviceArea", "HEALTH_AND_CARE")))
                .extracting("field").isEqualTo("places");
        assertThatThrownBy(() -> register().validate(values("organisationNumber", FARM_A, "places", 3)))
                .extracting("field").isEqualTo("serviceArea");
        assertThatThrownBy(() -> register().validate(values("organisationNumber", FARM_A, "invitedOn", "2026-03-01",
                "developmentSupportNeeded", "yes"))).extracting("field").isEqualTo("developmentSupportNeeded");
    }

    @Test
    void developmentSupportIsRecordedForAFarmInTheDialogue() {
        GiveDevelopmentSupportForm form = new GiveDevelopmentSupportForm(dialogues, ProcessTestEngine.get().getRuntimeService(), CLOCK);
        plan().apply(procurementCase, planned());
        register().apply(procurementCase, values("organisationNumber", FARM_A, "invitedOn", "2026-03-01"));
        FormValues support = values("organisationNumber", FARM_A, "kind", "MENTORING", "date", "2026-03-25", "notes", "Budsjett");
        assertThat(form.validate(support)).isEmpty();
        form.apply(procurementCase, support);

        assertThat(dialogue().supportFor(OrganisationNumber.of(FARM_A))).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SupportKind.MENTORING));
        assertThatThrownBy(() -> form.validate(values("organisationNumber", FARM_A, "kind", "MONEY", "date", "2026-03-25")))
                .extracting("field").isEqualTo("kind");
        assertThatThrownBy(() -> form.apply(procurementCase, values("organisationNumber", FARM_B, "kind", "MENTORING",
                "date", "2026-03-25"))).extracting("code").isEqualTo("farm-not-in-dialogue");
    }

    @Test
    void theProjectLeadGoesOnOrStopsWithAReason() {
        DecideOnLowInterestForm form = new DecideOnLowInterestForm(dialogues, ProcessTestEngine.get().getRuntimeService(), CLOCK);
        assertThat(form.validate(values("outcome", "CONTINUE_ANYWAY", "reason", "Éin gard er nok for direkte kjøp")))
                .containsEntry("mobilisationOutcome", "CONTINUE_ANYWAY");
        assertThat(form.validate(values("outcome", "STOPPED", "reason", "Ingen gardar"))).containsEntry("mobilisationOutcome", "STOPPED");
        assertThatThrownBy(() -> form.validate(values("outcome", "ENOUGH_INTEREST", "reason", "x"))).extracting("field").isEqualTo("outcome");
        assertThatThrownBy(() -> form.validate(values("outcome", "STOPPED"))).extracting("field").isEqualTo("reason");

        ProcessInstance instance = SupplierMobilisationProcessTest.start();
        plan().apply(procurementCase, planned());
        register().apply(procurementCase, values("organisationNumber", FARM_A, "serviceArea", "INTEGRATION", "places", 1));
        form.apply(procurementCase, values("outcome", "CONTINUE_ANYWAY", "reason", "Éin gard"));
        assertThat(runtimeService().getVariables(instance.getId())).containsEntry("candidateFarms", List.of(FARM_A));
    }

    @Test
    void settingsRefuseAWaitingPeriodThatIsNoDuration() {
        assertThat(new MobilisationSettings("P30D").getInterestWaitingPeriod()).isEqualTo("P30D");
        assertThatThrownBy(() -> new MobilisationSettings("30 days")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.mobilisation.interest-waiting-period");
    }
}
