package no.ipt.domain.tender;

import java.time.Instant;
import java.time.LocalDate;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/**
 * A tender for day places in Kongsberg worth NOK 2.5 million under Part III, and the steps that take
 * it to each state. The worked ranking example (see {@link TenderTest}) uses the scores here.
 */
public final class TenderFixtures {

    public static final CaseNumber CASE = new CaseNumber("IPT-2026-00042");
    public static final TenderReference REFERENCE = TenderReference.of(CASE, 1);
    public static final MunicipalityNumber KONGSBERG = MunicipalityNumber.of("3303");
    public static final OrganisationNumber FARM_A = OrganisationNumber.of("123456785");
    public static final OrganisationNumber FARM_B = OrganisationNumber.of("987654325");
    public static final OrganisationNumber FARM_C = OrganisationNumber.of("923456783");
    public static final OrganisationNumber FARM_D = OrganisationNumber.of("970000003");

    public static final LocalDate DECIDED = LocalDate.of(2026, 5, 4);
    public static final LocalDate ANNOUNCED = LocalDate.of(2026, 5, 5);
    public static final LocalDate QUESTIONS_END = LocalDate.of(2026, 5, 25);
    /** Noon in Oslo (CEST) on 1 June 2026. */
    public static final Instant DEADLINE = Instant.parse("2026-06-01T10:00:00Z");
    public static final LocalDate AWARDED = LocalDate.of(2026, 6, 10);
    public static final LocalDate NOTIFIED = LocalDate.of(2026, 6, 11);

    public static final ProcedureChoice PART_III = new ProcedureChoice(Procedure.PART_III_ANBUDSKONKURRANSE,
            NoticeRequirement.DOFFIN_AND_TED, 10, 4, false, DECIDED);
    public static final ProcedureChoice PART_I = new ProcedureChoice(Procedure.PART_I_COMPETITION,
            NoticeRequirement.NONE, 0, null, false, DECIDED);

    private TenderFixtures() {
    }

    public static Tender draft() {
        return new Tender(REFERENCE, KONGSBERG, BuyerType.MUNICIPALITY, ServiceCategory.OTHER, Money.nok(2_500_000));
    }

    /** A draft ready to announce: procedure, requirements, Quality 60 % and Price 40 %, deadlines. */
    public static Tender ready(ProcedureChoice choice) {
        Tender tender = draft();
        tender.chooseProcedure(choice);
        tender.addQualificationRequirement("The farm is approved in the Inn på tunet approval scheme");
        tender.addQualificationRequirement("Tax and VAT certificate not older than six months");
        tender.addAwardCriterion("Quality", 60);
        tender.addAwardCriterion("Price", 40);
        tender.setDeadlines(QUESTIONS_END, DEADLINE);
        return tender;
    }

    public static Tender announced() {
        Tender tender = ready(PART_III);
        tender.announce(new Announcement("2026-104242", ANNOUNCED));
        return tender;
    }

    /** Offers from A, B and C (in that order) and a withdrawn one from D; offers closed. */
    public static Tender offersClosed() {
        Tender tender = announced();
        tender.receiveOffer(FARM_A, Instant.parse("2026-05-20T07:00:00Z"));
        tender.receiveOffer(FARM_B, Instant.parse("2026-05-21T08:00:00Z"));
        tender.receiveOffer(FARM_C, Instant.parse("2026-05-22T09:00:00Z"));
        tender.receiveOffer(FARM_D, Instant.parse("2026-05-23T09:00:00Z"));
        tender.withdrawOffer(FARM_D, Instant.parse("2026-05-24T09:00:00Z"));
        tender.closeOffers(DEADLINE);
        return tender;
    }

    /**
     * The worked example. Quality 60 %, Price 40 %; evaluators anna and bjorn:
     * A: Quality 8 and 7 (mean 7.5), Price 6 and 6 (6)   → 0.6 × 7.5 + 0.4 × 6   = 6.90
     * B: Quality 6 and 7 (mean 6.5), Price 9 and 10 (9.5) → 0.6 × 6.5 + 0.4 × 9.5 = 7.70
     * C: Quality 9 and 8 (mean 8.5), Price 5 and 4 (4.5) → 0.6 × 8.5 + 0.4 × 4.5 = 6.90
     * Ranking: B, then A before C (same score, A's offer came first).
     */
    public static Tender evaluated() {
        Tender tender = offersClosed();
        tender.qualify(FARM_A);
        tender.qualify(FARM_B);
        tender.qualify(FARM_C);
        scoreBoth(tender, FARM_A, 8, 7, 6, 6);
        scoreBoth(tender, FARM_B, 6, 7, 9, 10);
        scoreBoth(tender, FARM_C, 9, 8, 5, 4);
        tender.completeEvaluation();
        return tender;
    }

    private static void scoreBoth(Tender tender, OrganisationNumber farm, int annaQuality, int bjornQuality,
                                  int annaPrice, int bjornPrice) {
        tender.score("anna", farm, "Quality", annaQuality);
        tender.score("bjorn", farm, "Quality", bjornQuality);
        tender.score("anna", farm, "Price", annaPrice);
        tender.score("bjorn", farm, "Price", bjornPrice);
    }

    /** Awarded to the best two (a framework agreement) and the bidders notified: the standstill runs. */
    public static Tender inStandstill() {
        Tender tender = evaluated();
        tender.award(2, AWARDED);
        tender.notifyBidders(NOTIFIED);
        return tender;
    }
}
