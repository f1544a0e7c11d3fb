package no.ipt.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ipt.application.access.Caller;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * Finds a case for a caller. A malformed number, an unknown case and a case of a municipality outside
 * the caller's scope all answer the same: not found, so that nobody learns what other tenants have.
 */
@ApplicationScoped
public class VisibleCases {

    @Inject
    ProcurementCaseRepository cases;

    public ProcurementCase load(Caller caller, String caseNumber) {
        CaseNumber number;
        try {
            number = new CaseNumber(caseNumber);
        } catch (DomainRuleViolation e) {
            throw new CaseNotFoundException(caseNumber);
        }
        return cases.find(number).filter(c -> caller.sees(c.municipality()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }
}
