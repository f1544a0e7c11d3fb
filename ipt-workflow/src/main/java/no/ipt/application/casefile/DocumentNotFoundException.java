package no.ipt.application.casefile;

/** No such document on the case (or the case is not the caller's to see). */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String caseNumber, long id) {
        super("Case " + caseNumber + " has no document " + id);
    }
}
