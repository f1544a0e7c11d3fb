package no.ipt.workflow.tender;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.domain.tender.TenderStatus;

/** The case's tender under way: its latest one that is neither concluded nor cancelled. */
public final class CurrentTender {

    private CurrentTender() {
    }

    public static Optional<Tender> find(TenderRepository tenders, CaseNumber caseNumber) {
        List<Tender> all = tenders.findByCaseNumber(caseNumber);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Tender latest = all.get(all.size() - 1);
        return latest.status() == TenderStatus.CONCLUDED || latest.status() == TenderStatus.CANCELLED
                ? Optional.empty() : Optional.of(latest);
    }

    static Tender of(TenderRepository tenders, CaseNumber caseNumber) {
        return find(tenders, caseNumber).orElseThrow(() -> new DomainRuleViolation("no-tender", "caseNumber",
                "Case " + caseNumber + " has no tender under way; prepare the tender documents first"));
    }

    static Tender of(TenderRepository tenders, String caseNumber) {
        return of(tenders, new CaseNumber(caseNumber));
    }
}
