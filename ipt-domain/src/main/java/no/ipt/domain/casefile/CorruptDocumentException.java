package no.ipt.domain.casefile;

/** A stored document's bytes no longer match its checksum or size: the system is broken, not the request. */
public class CorruptDocumentException extends RuntimeException {

    public CorruptDocumentException(CaseDocument document, long actualSize) {
        super("Document " + document.id() + " of case " + document.caseNumber() + " ('" + document.fileName()
                + "') is corrupt: expected " + document.sizeBytes() + " bytes with SHA-256 " + document.checksum()
                + ", read " + actualSize + " bytes that do not match");
    }
}
