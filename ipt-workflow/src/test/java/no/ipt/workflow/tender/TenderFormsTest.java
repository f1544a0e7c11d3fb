package no.ipt.workflow.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderFixtures;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.domain.tender.TenderStatus;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.forms.FormValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tender forms' validate() rules, and apply() against the real aggregate where no engine is needed. */
class TenderFormsTest {

    private final EntityManager em = JpaTestRepositories.entityManager();
    private final TenderRepository tenders = JpaTestRepositories.tenders(em);
    private final Clock clock = Clock.fixed(java.time.Instant.parse("2026-06-02T08:00:00Z"), Tender.ZONE);

    @BeforeEach
    void emptyTables() {
        JpaTestRepositories.truncate("ipt.tender");
    }

    @AfterEach
    void close() {
        em.close();
    }

    private static void refused(Runnable validation, String field) {
        assertThatThrownBy(validation::run).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
    }

    private static Map<String, Object> documents() {
        Map<String, Object> values = new HashMap<>();
        values.put("qualificationRequirements", "Godkjend gard");
        values.put("criterion.Kvalitet", 70);
        values.put("criterion.Pris", 30);
        values.put("questionPeriodEnd", "2026-05-25");
        values.put("offerDeadline", "2026-06-01T12:00:00+02:00");
        values.put("suppliers", 2);
        return values;
    }

    @Test
    void preparedDocumentsGiveTheNumberOfSuppliersAndNoCorrection() {
        PrepareTenderDocumentsForm form = new PrepareTenderDocumentsForm(tenders, null);
        assertThat(form.validate(new FormValues(documents())))
                .containsEntry("suppliers", 2).containsEntry("procedureInputsCorrected", false);
        Map<String, Object> corrected = documents();
        corrected.put("serviceCategory", "HEALTH_AND_SOCIAL");
        assertThat(form.validate(new FormValues(corrected)))
                .containsEntry("procedureInputsCorrected", true).containsEntry("serviceCategory", "HEALTH_AND_SOCIAL");
    }

    @Test
    void preparedDocumentsAreRefusedFieldByField() {
        PrepareTenderDocumentsForm form = new PrepareTenderDocumentsForm(tenders, null);
        Map<String, Object> values = documents();
        values.put("criterion.Pris", 20);
        refused(() -> form.validate(new FormValues(values)), "awardCriteria");
        Map<String, Object> badDate = documents();
        badDate.put("offerDeadline", "1 June");
        refused(() -> form.validate(new FormValues(badDate)), "offerDeadline");
        Map<String, Object> none = documents();
        none.put("suppliers", 0);
        refused(() -> form.validate(new FormValues(none)), "suppliers");
        Map<String, Object> reserved = documents();
        reserved.put("reservedForNonProfit", "yes");
        refused(() -> form.validate(new FormValues(reserved)), "reservedForNonProfit");
        Map<String, Object> unknown = documents();
        unknown.put("criteria", "Kvalitet");
        refused(() -> form.validate(new FormValues(unknown)), "criteria");
        Map<String, Object> category = documents();
        category.put("serviceCategory", "HEALTH");
        refused(() -> form.validate(new FormValues(category)), "serviceCategory");
    }

    @Test
    void qualificationNamesEveryEvaluatorOnceAndGivesReasonsForRejections() {
        QualifyOffersForm form = new QualifyOffersForm(tenders, clock);
        assertThat(form.validate(new FormValues(Map.of("decision.123456785", "QUALIFIED", "decision.987654325", "REJECTED",
                "reason.987654325", "Manglar godkjenning", "evaluators", " anna ,bjorn"))))
                .containsEntry("evaluators", "anna,bjorn").containsEntry("qualifiedOffers", 1);
        refused(() -> form.validate(new FormValues(Map.of("decision.987654325", "REJECTED", "evaluators", "anna"))),
                "reason.987654325");
        refused(() -> form.validate(new FormValues(Map.of("decision.123456785", "QUALIFIED",
                "reason.123456785", "x", "evaluators", "anna"))), "reason.123456785");
        refused(() -> form.validate(new FormValues(Map.of("decision.123456785", "PENDING", "evaluators", "anna"))),
                "decision.123456785");
        refused(() -> form.validate(new FormValues(Map.of("decision.123456785", "QUALIFIED", "evaluators", "anna,anna"))),
                "evaluators");
        refused(() -> form.validate(new FormValues(Map.of("decision.123456785", "QUALIFIED"))), "evaluators");
        assertThat(form.validate(new FormValues(Map.of("decision.123456785", "QUALIFIED", "evaluators", "anna\r\nbjørn, carl\n"))))
                .containsEntry("evaluators", "anna,bjørn,carl");
    }

    @Test
    void qualificationMustDecideEveryOfferTheTenderHolds() {
        Tender tender = TenderFixtures.offersClosed();
        QualifyOffersForm form = new QualifyOffersForm(tenders, clock);
        assertThatThrownBy(() -> form.apply(tender, new FormValues(Map.of("decision.123456785", "QUALIFIED",
                "evaluators", "anna")))).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("987654325");
    }

    @Test
    void scoresAreAMatrixOfWholeNumbersAndMustBeComplete() {
        ScoreOffersForm form = new ScoreOffersForm(tenders, clock);
        assertThat(form.validate(new FormValues(Map.of("evaluator", "anna", "score.123456785.Quality", 7)))).isEmpty();
        refused(() -> form.validate(new FormValues(Map.of("evaluator", "anna"))), "scores");
        refused(() -> form.validate(new FormValues(Map.of("evaluator", "anna", "score.123456785", 7))), "score.123456785");
        refused(() -> form.validate(new FormValues(Map.of("evaluator", "anna", "score.123456785.Quality", "seven"))),
                "score.123456785.Quality");
        refused(() -> form.validate(new FormValues(Map.of("score.123456785.Quality", 7))), "evaluator");

        Tender tender = TenderFixtures.offersClosed();
        tender.qualify(TenderFixtures.FARM_A);
        tender.reject(TenderFixtures.FARM_B, "Ikkje godkjend");
        tender.reject(TenderFixtures.FARM_C, "Ikkje godkjend");
        assertThatThrownBy(() -> form.apply(tender, new FormValues(Map.of("evaluator", "anna",
                "score.123456785.Quality", 7)))).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Price");
        // the tender refuses a score out of range; the form names the cell, so the page shows it there
        refused(() -> form.apply(tender, new FormValues(Map.of("evaluator", "anna", "score.123456785.Quality", 11,
                "score.123456785.Price", 5))), "score.123456785.Quality");
        refused(() -> form.apply(tender, new FormValues(Map.of("evaluator", "anna", "score.123456785.Looks", 5))),
                "score.123456785.Looks");
        form.apply(tender, new FormValues(Map.of("evaluator", "anna", "score.123456785.Quality", 7,
                "score.123456785.Price", 11 - 3)));
        assertThat(tender.ranking()).hasSize(1);
    }

    @Test
    void theSmallFormsCheckTheirFields() {
        refused(() -> new AnnounceTenderForm(tenders, clock).validate(new FormValues(Map.of("noticeReference", "x"))),
                "announcedOn");
        refused(() -> new RegisterOfferForm(tenders, clock).validate(new FormValues(Map.of("organisationNumber", "123456789",
                "receivedAt", "2026-05-20T09:00:00+02:00"))), "organisationNumber");
        refused(() -> new RegisterOfferForm(tenders, clock).validate(new FormValues(Map.of("organisationNumber", "123456785",
                "receivedAt", "2026-05-20"))), "receivedAt");
        refused(() -> new NotifyBiddersForm(tenders, clock).validate(new FormValues(Map.of())), "notifiedOn");
        assertThat(new HandleComplaintForm(tenders, clock).validate(new FormValues(Map.of("complaintNumber", 1,
                "outcome", "DISMISSED", "handledOn", "2026-06-15")))).containsEntry("complaintOutcome", "DISMISSED");
        refused(() -> new HandleComplaintForm(tenders, clock).validate(new FormValues(Map.of("complaintNumber", 1,
                "outcome", "PARTLY", "handledOn", "2026-06-15"))), "outcome");
        refused(() -> new SignContractForm(tenders, clock).validate(new FormValues(Map.of("signedOn", "2026-06-22"))),
                "signedOn");
    }

    @Test
    void theAnnouncementAndTheNotificationAreAppliedToTheTender() {
        Tender tender = TenderFixtures.ready(TenderFixtures.PART_III);
        new AnnounceTenderForm(tenders, clock).apply(tender,
                new FormValues(Map.of("noticeReference", "2026-104242", "announcedOn", "2026-05-05")));
        assertThat(tender.status()).isEqualTo(TenderStatus.ANNOUNCED);
        Tender unannounced = TenderFixtures.ready(TenderFixtures.PART_III);
        assertThatThrownBy(() -> new AnnounceTenderForm(tenders, clock).apply(unannounced,
                new FormValues(Map.of("announcedOn", "2026-05-05")))).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("notice reference");
    }
}
