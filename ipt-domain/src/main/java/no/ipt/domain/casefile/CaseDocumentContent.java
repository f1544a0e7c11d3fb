package no.ipt.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of a {@link CaseDocument}, one row per document, read only for a download. */
@Entity
@Table(name = "case_document_content", schema = "ipt")
public class CaseDocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected CaseDocumentContent() {
        // for JPA
    }

    public CaseDocumentContent(Long documentId, byte[] content) {
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.content = Objects.requireNonNull(content, "content");
    }

    public byte[] content() {
        return content;
    }
}
