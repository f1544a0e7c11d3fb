package no.ipt.application.casefile;

import java.io.Serializable;
import java.time.Instant;
import no.ipt.domain.casefile.CaseDocument;

/** A document on a case, without its bytes. */
public record DocumentView(long id, String caseNumber, String title, String category, String farm, String fileName,
                           String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) implements Serializable {

    static DocumentView of(CaseDocument d) {
        return new DocumentView(d.id(), d.caseNumber().value(), d.title(), d.category().name(),
                d.farm() == null ? null : d.farm().value(), d.fileName(), d.contentType(), d.sizeBytes(),
                d.checksum().value(), d.uploadedBy(), d.uploadedAt());
    }
}
