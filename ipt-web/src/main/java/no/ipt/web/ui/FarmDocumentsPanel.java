package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ipt.application.casefile.CaseFileApplicationService;
import no.ipt.application.casefile.DocumentView;
import no.ipt.application.casefile.UploadCommand;
import no.ipt.domain.casefile.DocumentCategory;
import no.ipt.web.security.CurrentCaller;

/**
 * Beside the farm-approval task "check documents" ({@code WEB-INF/includes/farm-documents.xhtml}):
 * the documents of the case that concern the task's farm, and an upload of a missing one (category
 * {@code FARM_APPROVAL}, linked to the farm). The case, farm and task are taken from the page when it
 * is drawn and kept with the view, so a postback cannot name another case or farm.
 */
@Named
@ViewScoped
public class FarmDocumentsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("file", "farmDocuments:file", "fileName", "farmDocuments:file",
            "title", "farmDocuments:title");

    @Inject
    CaseFileApplicationService caseFile;

    @Inject
    CurrentCaller caller;

    @Inject
    Failures failures;

    @Inject
    Texts texts;

    private String caseNumber;
    private String farm;
    private String taskId;
    private List<DocumentView> documents;
    private transient Part file;
    private String title;

    /** The farm's documents on the case; remembers case, farm and task for the upload. */
    public List<DocumentView> documents(String caseNumber, String farm, String taskId) {
        if (documents == null || !caseNumber.equals(this.caseNumber) || !farm.equals(this.farm)) {
            this.caseNumber = caseNumber;
            this.farm = farm;
            this.taskId = taskId;
            try {
                documents = caseFile.farmDocuments(caller.get(), caseNumber, farm);
            } catch (RuntimeException e) {
                documents = List.of();
                failures.show(e, Map.of());
            }
        }
        return documents;
    }

    /** Stores the file as a farm-approval document of the farm; back to the task with the list updated. */
    public String upload() {
        try {
            byte[] content = UploadedFiles.read(file, caseFile.policy());
            DocumentView stored = caseFile.upload(caller.get(), caseNumber, new UploadCommand(file.getSubmittedFileName(),
                    title, DocumentCategory.FARM_APPROVAL.name(), farm, content));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("documents.uploaded", stored.fileName()));
            return "/task?faces-redirect=true&id=" + taskId;
        } catch (RuntimeException e) {
            failures.show(e, FIELDS);
            return null;
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
