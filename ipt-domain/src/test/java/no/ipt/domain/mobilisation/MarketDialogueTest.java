package no.ipt.domain.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MarketDialogueTest {

    private static final CaseNumber CASE = new CaseNumber("IPT-2021-00007");
    private static final OrganisationNumber VANG = OrganisationNumber.of("910000063");
    private static final OrganisationNumber LANDSEM = OrganisationNumber.of("910000039");
    private static final OrganisationNumber BRATTLIA = OrganisationNumber.of("910000055");
    private static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    private static final LocalDate MARCH_15 = LocalDate.of(2021, 3, 15);

    private static String codeOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainRuleViolation.class);
        return ((DomainRuleViolation) thrown).code();
    }

    @Test
    void needsTwoInterestedFarmsByDefault() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        assertThat(dialogue.targetInterestedFarms()).isEqualTo(2);
        assertThat(dialogue.hasEnoughInterest()).isFalse();
        assertThat(dialogue.interestedFarmsMissing()).isEqualTo(2);

        dialogue.registerInterest(VANG, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 4, MARCH_15);
        dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 2, MARCH_15);
        assertThat(dialogue.interestedFarms()).containsExactly(VANG);
        assertThat(dialogue.hasEnoughInterest()).as("one farm in two areas is still one farm").isFalse();
        assertThat(dialogue.interestedFarmsMissing()).isEqualTo(1);

        dialogue.registerInterest(LANDSEM, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 3, MARCH_15);
        assertThat(dialogue.interestedFarms()).containsExactly(LANDSEM, VANG);
        assertThat(dialogue.hasEnoughInterest()).isTrue();
        assertThat(dialogue.interestedFarmsMissing()).isZero();

        dialogue.withdrawInterest(VANG);
        assertThat(dialogue.hasEnoughInterest()).isFalse();
        assertThat(dialogue.interestedFarms()).containsExactly(LANDSEM);
        assertThat(codeOf(() -> dialogue.withdrawInterest(null))).isEqualTo("missing-organisation-number");
    }

    @Test
    void theTargetIsSetPerCaseFromOneToTheMaximum() {
        MarketDialogue single = new MarketDialogue(CASE, 1);
        assertThat(single.hasEnoughInterest()).isFalse();
        single.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 1, MARCH_15);
        assertThat(single.hasEnoughInterest()).isTrue();

        single.changeTargetInterestedFarms(3);
        assertThat(single.hasEnoughInterest()).isFalse();
        assertThat(single.interestedFarmsMissing()).isEqualTo(2);
        single.changeTargetInterestedFarms(MarketDialogue.MAX_TARGET_INTERESTED_FARMS);

        assertThat(codeOf(() -> new MarketDialogue(CASE, 0))).isEqualTo("invalid-target-interested-farms");
        assertThat(codeOf(() -> single.changeTargetInterestedFarms(MarketDialogue.MAX_TARGET_INTERESTED_FARMS + 1)))
                .isEqualTo("invalid-target-interested-farms");
        assertThat(codeOf(() -> new MarketDialogue(null))).isEqualTo("missing-case-number");
    }

    @Test
    void registeringTheSameAreaAgainReplacesThePlaces() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        dialogue.registerInterest(VANG, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 4, MARCH_1);
        dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 2, MARCH_1);
        dialogue.registerInterest(LANDSEM, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 3, MARCH_1);
        dialogue.registerInterest(VANG, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 6, MARCH_15);

        assertThat(dialogue.interests()).hasSize(3).first()
                .isEqualTo(new RegisteredInterest(VANG, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 6, MARCH_15));
        assertThat(dialogue.placesOfferedBy(VANG)).isEqualTo(8);
        assertThat(dialogue.placesOffered(ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH)).isEqualTo(9);
        assertThat(dialogue.placesOffered(ServiceArea.CHILD_WELFARE)).isZero();
        assertThat(dialogue.serviceAreasOf(VANG)).containsExactly(ServiceArea.HEALTH_AND_CARE,
                ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH);
        assertThat(dialogue.serviceAreasOf(BRATTLIA)).isEmpty();
    }

    @Test
    void placesAreOneToTheMaximum() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 1, MARCH_1);
        dialogue.registerInterest(LANDSEM, ServiceArea.HEALTH_AND_CARE, RegisteredInterest.MAX_PLACES, MARCH_1);
        assertThat(codeOf(() -> dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 0, MARCH_1)))
                .isEqualTo("invalid-places");
        assertThat(codeOf(() -> dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE,
                RegisteredInterest.MAX_PLACES + 1, MARCH_1))).isEqualTo("invalid-places");
        assertThat(codeOf(() -> dialogue.registerInterest(VANG, null, 1, MARCH_1))).isEqualTo("missing-service-area");
        assertThat(codeOf(() -> dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 1, null)))
                .isEqualTo("missing-registered-on");
        assertThat(dialogue.placesOffered(ServiceArea.HEALTH_AND_CARE)).isEqualTo(1 + RegisteredInterest.MAX_PLACES);
    }

    @Test
    void eventsAreNumberedAndListedByDate() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        DialogueEvent conference = dialogue.planEvent(EventKind.DIALOGUE_CONFERENCE, MARCH_15, "Bømlo rådhus",
                "Kva kan gardane levere?");
        DialogueEvent meeting = dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_1, "Stad",
                "Kva kommunen vil kjøpe");
        assertThat(conference.number()).isEqualTo(1);
        assertThat(meeting.number()).isEqualTo(2);
        assertThat(dialogue.events()).containsExactly(meeting, conference);
        assertThat(dialogue.event(2)).contains(meeting);
        assertThat(dialogue.event(3)).isEmpty();
    }

    @Test
    void anEventNeedsDatePlaceAndAgendaAndIsNotPlannedTwice() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_1, "Stad", "Agenda");
        assertThat(codeOf(() -> dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_1, " stad ", "Anna")))
                .isEqualTo("duplicate-event");
        dialogue.planEvent(EventKind.DIALOGUE_CONFERENCE, MARCH_1, "Stad", "Same day, other kind");
        assertThat(codeOf(() -> dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_15, " ", "Agenda")))
                .isEqualTo("missing-place");
        assertThat(codeOf(() -> dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_15, "Stad", null)))
                .isEqualTo("missing-agenda");
        assertThat(codeOf(() -> dialogue.planEvent(null, MARCH_15, "Stad", "Agenda"))).isEqualTo("missing-kind");
        assertThat(codeOf(() -> dialogue.planEvent(EventKind.INFORMATION_MEETING, null, "Stad", "Agenda")))
                .isEqualTo("missing-date");
        assertThat(dialogue.events()).hasSize(2);
    }

    @Test
    void aFarmIsInvitedOnce() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        assertThat(dialogue.invite(VANG, MARCH_1)).isEqualTo(new Invitation(VANG, MARCH_1));
        assertThat(dialogue.isInvited(VANG)).isTrue();
        assertThat(dialogue.isInvited(LANDSEM)).isFalse();
        assertThat(codeOf(() -> dialogue.invite(VANG, MARCH_15))).isEqualTo("already-invited");
        assertThat(codeOf(() -> dialogue.invite(null, MARCH_15))).isEqualTo("missing-organisation-number");
        assertThat(codeOf(() -> dialogue.invite(LANDSEM, null))).isEqualTo("missing-invited-on");
        assertThat(dialogue.invitations()).containsExactly(new Invitation(VANG, MARCH_1));
    }

    @Test
    void attendanceIsOfInvitedFarmsAtKnownEvents() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        int event = dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_15, "Stad", "Agenda").number();
        dialogue.invite(VANG, MARCH_1);
        dialogue.invite(LANDSEM, MARCH_15);
        dialogue.invite(BRATTLIA, MARCH_15.plusDays(1));

        dialogue.recordAttendance(event, VANG);
        dialogue.recordAttendance(event, LANDSEM);
        dialogue.recordAttendance(event, VANG);
        assertThat(dialogue.attendeesOf(event)).as("invited on the event day still counts").containsExactly(LANDSEM, VANG);
        assertThat(dialogue.attendances()).hasSize(2);

        assertThat(codeOf(() -> dialogue.recordAttendance(event, BRATTLIA))).isEqualTo("invited-after-event");
        assertThat(codeOf(() -> dialogue.recordAttendance(event + 1, VANG))).isEqualTo("unknown-event");
        assertThat(codeOf(() -> dialogue.recordAttendance(event, OrganisationNumber.of("123456785"))))
                .isEqualTo("farm-not-invited");
        assertThat(dialogue.attendeesOf(event + 1)).isEmpty();
    }

    @Test
    void developmentSupportGoesToFarmsInTheDialogue() {
        MarketDialogue dialogue = new MarketDialogue(CASE);
        dialogue.invite(VANG, MARCH_1);
        dialogue.registerInterest(LANDSEM, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 2, MARCH_1);

        dialogue.recordSupport(VANG, SupportKind.IPT_SCHOOL, MARCH_15, null);
        dialogue.recordSupport(VANG, SupportKind.MENTORING, MARCH_1, "Rettleiing om godkjenning");
        dialogue.recordSupport(LANDSEM, SupportKind.INVESTMENT_SUPPORT_CONTACT, MARCH_15, "Innovasjon Norge");

        assertThat(dialogue.supportFor(VANG)).extracting(DevelopmentSupport::kind)
                .containsExactly(SupportKind.MENTORING, SupportKind.IPT_SCHOOL);
        assertThat(dialogue.developmentSupport()).hasSize(3);
        assertThat(codeOf(() -> dialogue.recordSupport(BRATTLIA, SupportKind.MENTORING, MARCH_1, null)))
                .isEqualTo("farm-not-in-dialogue");
        assertThat(codeOf(() -> dialogue.recordSupport(VANG, SupportKind.OTHER, MARCH_1, " ")))
                .isEqualTo("missing-notes");
        dialogue.recordSupport(VANG, SupportKind.OTHER, MARCH_1, "Studietur til Kongsberg");
        assertThat(codeOf(() -> dialogue.recordSupport(VANG, SupportKind.MENTORING, MARCH_1,
                "x".repeat(DevelopmentSupport.MAX_NOTES_LENGTH + 1)))).isEqualTo("notes-too-long");
    }

    @Test
    void valuesAreEqualByValue() {
        assertThat(new Attendance(1, VANG)).isEqualTo(new Attendance(1, VANG)).hasSameHashCodeAs(new Attendance(1, VANG))
                .isNotEqualTo(new Attendance(2, VANG));
        assertThat(new DevelopmentSupport(VANG, SupportKind.MENTORING, MARCH_1, " Notat "))
                .isEqualTo(new DevelopmentSupport(VANG, SupportKind.MENTORING, MARCH_1, "Notat"))
                .isNotEqualTo(new DevelopmentSupport(VANG, SupportKind.MENTORING, MARCH_1, null));
        assertThat(new DialogueEvent(1, EventKind.INFORMATION_MEETING, MARCH_1, " Stad ", "A"))
                .isEqualTo(new DialogueEvent(1, EventKind.INFORMATION_MEETING, MARCH_1, "Stad", "A"))
                .isNotEqualTo(new DialogueEvent(2, EventKind.INFORMATION_MEETING, MARCH_1, "Stad", "A"));
        assertThat(new RegisteredInterest(VANG, ServiceArea.HEALTH_AND_CARE, 2, MARCH_1))
                .isNotEqualTo(new RegisteredInterest(VANG, ServiceArea.HEALTH_AND_CARE, 3, MARCH_1));
        assertThat(new Invitation(VANG, MARCH_1)).isNotEqualTo(new Invitation(VANG, MARCH_15));
    }

    @Test
    void equalByCaseNumber() {
        assertThat(new MarketDialogue(CASE)).isEqualTo(new MarketDialogue(CASE, 3))
                .isNotEqualTo(new MarketDialogue(new CaseNumber("IPT-2021-00008")))
                .hasToString("Market dialogue IPT-2021-00007");
    }
}
