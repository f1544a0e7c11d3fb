package no.ipt.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import no.ipt.application.modeling.ModelDeploymentService;
import no.ipt.application.modeling.ModelLibraryService;
import no.ipt.application.modeling.ModelProblem;
import no.ipt.web.security.CurrentCaller;
import no.ipt.web.ui.Texts;

/**
 * The modeler ({@code /admin/modeler.xhtml?id=}): a version's XML in the Camunda 7 BPMN modeler or the
 * DMN modeler; "Deploy" posts the edited XML with the form (view state token) to the same checked
 * deployment as {@code POST /api/models/{file}}. A refusal lists its problems by element id (and the
 * modeler marks those elements); the edited XML stays on the page.
 */
@Named
@ViewScoped
public class ModelerPage extends DeployingPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ModelLibraryService library;

    @Inject
    ModelDeploymentService deployments;

    @Inject
    ModelLibraryPage libraryPage;

    @Inject
    CurrentCaller caller;

    @Inject
    AdminFailures failures;

    @Inject
    Texts texts;

    private String id;
    private ModelLibraryPage.Found found;
    private String fileName;
    private String xml;

    public void load() {
        if (found != null) {
            return;
        }
        try {
            found = libraryPage.find(id);
            xml = library.xml(caller.get(), id);
            fileName = found == null ? null : found.fileName();
        } catch (RuntimeException e) {
            found = null;
            failures.show(e);
        }
    }

    /** Checks and deploys the edited XML; on success shows the new version(s), else the problems. */
    public void deploy() {
        deploy(() -> deployments.deploy(caller.get(), fileName,
                xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8)), failures, texts, "modeler");
    }


    /** The ids of the elements a refusal names, for the modeler to mark (space separated). */
    public String getProblemElementIds() {
        return String.join(" ", getProblems().stream().map(ModelProblem::elementId).filter(i -> i != null).distinct().toList());
    }

    public boolean isFound() {
        return found != null;
    }

    public ModelLibraryPage.Found getSelected() {
        return found;
    }

    public String getXml() {
        return xml;
    }

    public void setXml(String xml) {
        this.xml = xml;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
