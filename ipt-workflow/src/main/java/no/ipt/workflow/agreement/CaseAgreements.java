package no.ipt.workflow.agreement;

import java.util.Comparator;
import java.util.Optional;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * Finds the agreement a task form works on from the case alone (a form sees the case, not the
 * process variables): the case's latest agreement, i.e. the one with the highest running number
 * (a re-tender gives the case a new one).
 */
public final class CaseAgreements {

    private CaseAgreements() {
    }

    public static Optional<FrameworkAgreement> latest(FrameworkAgreementRepository agreements, CaseNumber caseNumber) {
        return agreements.findByCase(caseNumber).stream().max(Comparator.comparingInt(a -> sequence(a.agreementNumber())));
    }

    public static FrameworkAgreement require(FrameworkAgreementRepository agreements, CaseNumber caseNumber) {
        return latest(agreements, caseNumber).orElseThrow(() -> new DomainRuleViolation("missing-agreement",
                "agreementNumber", "Case " + caseNumber + " has no framework agreement yet"));
    }

    /** The agreement as named by a process variable. */
    public static FrameworkAgreement require(FrameworkAgreementRepository agreements, String agreementNumber) {
        AgreementNumber number = new AgreementNumber(agreementNumber);
        return agreements.find(number).orElseThrow(() -> new DomainRuleViolation("unknown-agreement",
                "agreementNumber", "There is no framework agreement " + number));
    }

    static int sequence(AgreementNumber number) {
        String value = number.value();
        return Integer.parseInt(value.substring(value.lastIndexOf("-A") + 2));
    }
}
