package no.ipt.workflow.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderReference;
import no.ipt.domain.tender.TenderRepository;

/** The tender repository's contract kept in memory, so that the stage's beans run without a database. */
final class InMemoryTenders implements TenderRepository {

    private final List<Tender> tenders = new ArrayList<>();

    @Override
    public Optional<Tender> findByReference(TenderReference reference) {
        return tenders.stream().filter(t -> t.reference().equals(reference)).findFirst();
    }

    @Override
    public List<Tender> findByCaseNumber(CaseNumber caseNumber) {
        return tenders.stream().filter(t -> t.caseNumber().equals(caseNumber)).toList();
    }

    @Override
    public TenderReference nextReference(CaseNumber caseNumber) {
        return TenderReference.of(caseNumber, findByCaseNumber(caseNumber).size() + 1);
    }

    @Override
    public void store(Tender tender) {
        if (!tenders.contains(tender)) {
            tenders.add(tender);
        }
    }
}
