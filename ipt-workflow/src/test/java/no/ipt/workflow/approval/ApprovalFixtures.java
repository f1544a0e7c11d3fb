package no.ipt.workflow.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import no.ipt.domain.approval.ApprovalCondition;
import no.ipt.domain.approval.ChecklistTopic;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.NationalApprovalStatus;
import no.ipt.domain.approval.SiteVisit;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** Real approvals in the states the tests need, built through the aggregate's own methods. */
final class ApprovalFixtures {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String CASE = "IPT-2026-00042";
    static final String MUNICIPALITY = "3303";
    static final String FARM = "123456785";
    static final FarmApprovalSettings SETTINGS = new FarmApprovalSettings("P30D", "P30D", "P12M", "P24M");

    private ApprovalFixtures() {
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(OSLO).toInstant(), OSLO);
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(OSLO).toInstant());
    }

    /** National steps in 2025 (self-audit 1 Feb, external audit 1 Mar, approved 15 Mar), documents verified, visited. */
    static FarmApproval readyToDecide(String municipality, String caseNumber) {
        FarmApproval approval = new FarmApproval(MunicipalityNumber.of(municipality), OrganisationNumber.of(FARM),
                new CaseNumber(caseNumber), SETTINGS.auditSchedule());
        approval.recordNationalStep(NationalApprovalStatus.IPT_SCHOOL_DONE, LocalDate.of(2025, 1, 10));
        approval.recordNationalStep(NationalApprovalStatus.REGISTERED, LocalDate.of(2025, 1, 20));
        approval.recordNationalStep(NationalApprovalStatus.SELF_AUDIT_DONE, LocalDate.of(2025, 2, 1));
        approval.recordNationalStep(NationalApprovalStatus.EXTERNAL_AUDIT_DONE, LocalDate.of(2025, 3, 1));
        approval.recordNationalStep(NationalApprovalStatus.APPROVED, LocalDate.of(2025, 3, 15));
        approval.addActivity(ServiceArea.HEALTH_AND_CARE);
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            approval.receiveFarmDocument(topic, LocalDate.of(2025, 3, 20));
            approval.verifyFarmDocument(topic, LocalDate.of(2025, 3, 21));
            approval.receiveActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, LocalDate.of(2025, 3, 20));
            approval.verifyActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, LocalDate.of(2025, 3, 21));
        }
        approval.recordSiteVisit(new SiteVisit(LocalDate.of(2025, 3, 25), "Kari Nordmann", null));
        return approval;
    }

    /** Approved on 2 April 2025: the next self-audit is due 1 Feb 2026, the next external audit 1 Mar 2027. */
    static FarmApproval approved(String municipality, String caseNumber) {
        FarmApproval approval = readyToDecide(municipality, caseNumber);
        approval.approve(FarmKind.WORKING_FARM, LocalDate.of(2025, 4, 2));
        return approval;
    }

    /** Approved on 1 Nov 2026 on two conditions, due 1 Dec 2026 and 15 Jan 2027. */
    static FarmApproval approvedWithConditions() {
        FarmApproval approval = readyToDecide(MUNICIPALITY, CASE);
        approval.approveWithConditions(FarmKind.WORKING_FARM, LocalDate.of(2026, 11, 1), List.of(
                new ApprovalCondition("Gjerde rundt gjødselkjellaren", LocalDate.of(2026, 12, 1)),
                new ApprovalCondition("Oppdatert HMS-perm", LocalDate.of(2027, 1, 15))));
        return approval;
    }
}
