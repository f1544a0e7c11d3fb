package no.ipt.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ipt.application.access.Caller;
import no.ipt.application.audit.AuditLog;
import no.ipt.application.cases.CaseNotFoundException;
import no.ipt.application.cases.VisibleCases;
import no.ipt.domain.access.Role;
import no.ipt.domain.casefile.CaseComment;
import no.ipt.domain.casefile.CaseDocument;
import no.ipt.domain.casefile.CaseFileRepository;
import no.ipt.domain.casefile.CorruptDocumentException;
import no.ipt.domain.casefile.DocumentCategory;
import no.ipt.domain.casefile.DocumentPolicy;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.OrganisationNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents and comments on a case, for the people who work on it: procurement officers, evaluators,
 * the steering group, the project lead and admins, within the municipalities they see. Uploads and
 * comments are audited with the case as subject, so they show in the case's history.
 */
@ApplicationScoped
@Transactional
public class CaseFileApplicationService {

    static final Role[] WORKERS = {Role.PROCUREMENT_OFFICER, Role.EVALUATOR, Role.STEERING_GROUP_MEMBER,
            Role.PROJECT_LEAD, Role.ADMIN};

    private static final Logger LOG = Logger.getLogger(CaseFileApplicationService.class.getName());

    @Inject
    VisibleCases visibleCases;

    @Inject
    CaseFileRepository files;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "ipt.documents.max-bytes", defaultValue = "10485760")
    long maxBytes;

    private final Clock clock = Clock.systemUTC();

    /** The largest document a case accepts ({@code ipt.documents.max-bytes}). */
    public DocumentPolicy policy() {
        return new DocumentPolicy(maxBytes);
    }

    /** Stores a file on the case after checking its size and kind; a refused file leaves nothing behind. */
    public DocumentView upload(Caller caller, String caseNumber, UploadCommand command) {
        ProcurementCase procurementCase = load(caller, caseNumber);
        OrganisationNumber farm = command.farm() == null || command.farm().isBlank() ? null : OrganisationNumber.of(command.farm());
        CaseDocument document = new CaseDocument(procurementCase.caseNumber(), procurementCase.municipality(),
                command.fileName(), command.title(), DocumentCategory.parse(command.category()), farm, command.content(),
                policy(), caller.username(), clock.instant());
        files.add(document, command.content());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", document.id());
        after.put("fileName", document.fileName());
        after.put("category", document.category().name());
        after.put("farm", farm == null ? null : farm.value());
        after.put("sizeBytes", document.sizeBytes());
        after.put("sha256", document.checksum().value());
        audit.record(caller, "DOCUMENT_UPLOADED", "case", procurementCase.caseNumber().value(),
                procurementCase.municipality().value(), null, after);
        return DocumentView.of(document);
    }

    /** The case's documents, newest first. */
    public List<DocumentView> documents(Caller caller, String caseNumber) {
        return files.documents(load(caller, caseNumber).caseNumber()).stream().map(DocumentView::of).toList();
    }

    /** The case's documents that concern one farm, newest first. */
    public List<DocumentView> farmDocuments(Caller caller, String caseNumber, String farm) {
        return files.documents(load(caller, caseNumber).caseNumber(), OrganisationNumber.of(farm)).stream()
                .map(DocumentView::of).toList();
    }

    /**
     * A document with its bytes. Bytes that no longer match the checksum are never handed out: they
     * are logged as corrupt and refused as an error of the system.
     */
    public DocumentDownload download(Caller caller, String caseNumber, long id) {
        ProcurementCase procurementCase = load(caller, caseNumber);
        CaseDocument document = files.document(procurementCase.caseNumber(), id)
                .orElseThrow(() -> new DocumentNotFoundException(caseNumber, id));
        byte[] content = files.content(document).orElse(null);
        try {
            document.verify(content);
        } catch (CorruptDocumentException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
        }
        return new DocumentDownload(DocumentView.of(document), content, document.checksum().base64());
    }

    public CommentView comment(Caller caller, String caseNumber, String text) {
        ProcurementCase procurementCase = load(caller, caseNumber);
        CaseComment comment = new CaseComment(procurementCase.caseNumber(), procurementCase.municipality(),
                caller.username(), clock.instant(), text);
        files.add(comment);
        audit.record(caller, "CASE_COMMENTED", "case", procurementCase.caseNumber().value(),
                procurementCase.municipality().value(), null, Map.of("comment", comment.id(), "length", comment.text().length()));
        return CommentView.of(comment);
    }

    /** The case's comments, newest first. */
    public List<CommentView> comments(Caller caller, String caseNumber) {
        return files.comments(load(caller, caseNumber).caseNumber()).stream().map(CommentView::of).toList();
    }

    /** Whether the caller's roles work on cases' files (others see a case's summary at most). */
    public boolean worksOnCases(Caller caller) {
        return java.util.Arrays.stream(WORKERS).anyMatch(caller::hasRole);
    }

    /**
     * The case if the caller sees it and works on cases; anyone else (a farm user, another
     * municipality) gets "not found", as for the case itself.
     */
    public ProcurementCase load(Caller caller, String caseNumber) {
        if (!worksOnCases(caller)) {
            throw new CaseNotFoundException(caseNumber);
        }
        return visibleCases.load(caller, caseNumber);
    }
}
