package no.ipt.web.api.cases;

import java.time.Instant;
import java.util.List;
import no.ipt.application.cases.CaseView;

/** A case as the API shows it. */
public record CaseDto(String caseNumber, String title, String municipalityNumber, String serviceArea, String stage,
                      String status, String needDescription, Integer participants, Instant openedAt,
                      Instant closedAt, long version, boolean processActive, List<String> activeActivities,
                      String quorumRule) {

    public static CaseDto of(CaseView v) {
        return new CaseDto(v.caseNumber(), v.title(), v.municipalityNumber(), v.serviceArea(), v.stage(), v.status(),
                v.needDescription(), v.participants(), v.openedAt(), v.closedAt(), v.version(), v.processActive(),
                v.activeActivities(), v.quorumRule());
    }
}
