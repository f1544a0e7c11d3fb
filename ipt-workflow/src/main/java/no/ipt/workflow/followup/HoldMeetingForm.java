package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.AttendeeRole;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.followup.Meeting;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Period;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.agreement.FormFields;
import no.ipt.workflow.forms.FormValues;

/**
 * "Hald oppfølgingsmøte": {@code meetingDate} (ISO date), {@code attendees} (roles, comma-separated:
 * PROCUREMENT_OFFICER, MUNICIPAL_SERVICE, PROVIDER, USER_REPRESENTATIVE, STEERING_GROUP,
 * PROJECT_LEAD), optional {@code notes} and {@code nextMeetingDate} (else one meeting cycle later);
 * optionally for the period {@code periodStart}–{@code periodEnd} the utilisation
 * ({@code placesCalledOff} with {@code placesUsed}) and the satisfaction survey ({@code respondents}
 * with {@code meanScore}, 1–6; the follow-up refuses fewer than 5 respondents). Counts only.
 */
@ApplicationScoped
public class HoldMeetingForm extends FollowUpTaskForm {

    static final String FORM_KEY = "ipt:follow-up/hold-meeting";
    static final Set<String> FIELDS = Set.of("meetingDate", "attendees", "notes", "nextMeetingDate", "periodStart",
            "periodEnd", "placesCalledOff", "placesUsed", "respondents", "meanScore");
    static final int MAX_ATTENDEES_TEXT = 500;

    @Inject
    public HoldMeetingForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps, FollowUpSettings settings) {
        this(agreements, followUps, settings, Clock.system(AgreementDates.ZONE));
    }

    HoldMeetingForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps, FollowUpSettings settings,
                    Clock clock) {
        super(FORM_KEY, agreements, followUps, settings, clock);
    }

    protected HoldMeetingForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        LocalDate date = FormFields.date(values, "meetingDate");
        attendees(values);
        values.optionalString("notes", Meeting.MAX_NOTES_LENGTH);
        FormFields.optionalDate(values, "nextMeetingDate");
        boolean utilisation = FormFields.pair(values, "placesCalledOff", "placesUsed");
        boolean satisfaction = FormFields.pair(values, "respondents", "meanScore");
        if (utilisation) {
            values.requiredInt("placesCalledOff");
            values.requiredInt("placesUsed");
        }
        if (satisfaction) {
            values.requiredInt("respondents");
            FormFields.decimal(values, "meanScore");
        }
        if (utilisation || satisfaction || FormFields.isPresent(values, "periodStart")
                || FormFields.isPresent(values, "periodEnd")) {
            period(values);
        }
        return Map.of("lastMeetingDate", date.toString());
    }

    @Override
    void applyTo(FollowUp followUp, FrameworkAgreement agreement, FormValues values) {
        LocalDate date = FormFields.date(values, "meetingDate");
        LocalDate next = FormFields.optionalDate(values, "nextMeetingDate");
        String notes = values.optionalString("notes", Meeting.MAX_NOTES_LENGTH);
        if (next == null) {
            followUp.recordMeeting(date, attendees(values), notes);
        } else {
            followUp.recordMeeting(date, attendees(values), notes, next);
        }
        if (FormFields.pair(values, "placesCalledOff", "placesUsed")) {
            followUp.recordUtilisation(period(values), values.requiredInt("placesCalledOff"), values.requiredInt("placesUsed"));
        }
        if (FormFields.pair(values, "respondents", "meanScore")) {
            followUp.recordSatisfaction(period(values), values.requiredInt("respondents"), FormFields.decimal(values, "meanScore"));
        }
    }

    private static Period period(FormValues values) {
        return Period.of(FormFields.date(values, "periodStart"), FormFields.date(values, "periodEnd"));
    }

    private static Set<AttendeeRole> attendees(FormValues values) {
        Set<AttendeeRole> roles = EnumSet.noneOf(AttendeeRole.class);
        for (String role : values.requiredString("attendees", MAX_ATTENDEES_TEXT).split(",")) {
            if (role.isBlank()) {
                continue;
            }
            try {
                roles.add(AttendeeRole.valueOf(role.strip()));
            } catch (IllegalArgumentException e) {
                throw new DomainRuleViolation("invalid-choice", "attendees", "'" + role.strip() + "' is not a role that attends");
            }
        }
        return roles;
    }
}
