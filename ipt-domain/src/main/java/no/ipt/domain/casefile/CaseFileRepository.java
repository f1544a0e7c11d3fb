package no.ipt.domain.casefile;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** The documents and comments of cases. Nothing here is updated or deleted. */
public interface CaseFileRepository {

    /** Stores a new document with its bytes, in the caller's transaction. */
    void add(CaseDocument document, byte[] content);

    /** A case's documents, newest first, without their bytes. */
    List<CaseDocument> documents(CaseNumber caseNumber);

    /** The documents of a case that concern {@code farm}, newest first. */
    List<CaseDocument> documents(CaseNumber caseNumber, OrganisationNumber farm);

    Optional<CaseDocument> document(CaseNumber caseNumber, long id);

    /** The stored bytes of a document, as they are (check them with {@link CaseDocument#verify}). */
    Optional<byte[]> content(CaseDocument document);

    void add(CaseComment comment);

    /** A case's comments, newest first. */
    List<CaseComment> comments(CaseNumber caseNumber);
}
