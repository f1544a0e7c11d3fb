package no.ipt.application.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import no.ipt.domain.procurement.ProcurementCase;

/** A read model of a case and where its process stands. */
public record CaseView(String caseNumber, String title, String municipalityNumber, String serviceArea,
                       String stage, String status, String needDescription, Integer participants,
                       Instant openedAt, Instant closedAt, long version, boolean processActive,
                       List<String> activeActivities, String quorumRule) implements Serializable {

    static CaseView of(ProcurementCase c, boolean processActive, List<String> activeActivities) {
        return new CaseView(c.caseNumber().value(), c.title(), c.municipality().value(), c.serviceArea().name(),
                c.stage().name(), c.status().name(), c.needDescription(), c.participants(), c.openedAt(),
                c.closedAt(), c.version(), processActive, activeActivities, c.quorumRule().code());
    }
}
