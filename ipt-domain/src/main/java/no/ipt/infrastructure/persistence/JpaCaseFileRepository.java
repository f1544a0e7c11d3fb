package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.casefile.CaseComment;
import no.ipt.domain.casefile.CaseDocument;
import no.ipt.domain.casefile.CaseDocumentContent;
import no.ipt.domain.casefile.CaseFileRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.OrganisationNumber;

@ApplicationScoped
public class JpaCaseFileRepository extends JpaRepositorySupport implements CaseFileRepository {

    protected JpaCaseFileRepository() {
        // for CDI
    }

    JpaCaseFileRepository(EntityManager em) {
        super(em);
    }

    @Override
    public void add(CaseDocument document, byte[] content) {
        save(document, true);
        em.persist(new CaseDocumentContent(document.id(), content));
        em.flush();
    }

    @Override
    public List<CaseDocument> documents(CaseNumber caseNumber) {
        return em.createQuery("SELECT d FROM CaseDocument d WHERE d.caseNumber = :caseNumber"
                        + " ORDER BY d.uploadedAt DESC, d.id DESC", CaseDocument.class)
                .setParameter("caseNumber", caseNumber)
                .getResultList();
    }

    @Override
    public List<CaseDocument> documents(CaseNumber caseNumber, OrganisationNumber farm) {
        return em.createQuery("SELECT d FROM CaseDocument d WHERE d.caseNumber = :caseNumber AND d.farm = :farm"
                        + " ORDER BY d.uploadedAt DESC, d.id DESC", CaseDocument.class)
                .setParameter("caseNumber", caseNumber)
                .setParameter("farm", farm)
                .getResultList();
    }

    @Override
    public Optional<CaseDocument> document(CaseNumber caseNumber, long id) {
        return Optional.ofNullable(em.find(CaseDocument.class, id)).filter(d -> d.caseNumber().equals(caseNumber));
    }

    @Override
    public Optional<byte[]> content(CaseDocument document) {
        return Optional.ofNullable(em.find(CaseDocumentContent.class, document.id())).map(CaseDocumentContent::content);
    }

    @Override
    public void add(CaseComment comment) {
        save(comment, true);
    }

    @Override
    public List<CaseComment> comments(CaseNumber caseNumber) {
        return em.createQuery("SELECT c FROM CaseComment c WHERE c.caseNumber = :caseNumber"
                        + " ORDER BY c.writtenAt DESC, c.id DESC", CaseComment.class)
                .setParameter("caseNumber", caseNumber)
                .getResultList();
    }
}
