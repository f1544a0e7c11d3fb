package no.ipt.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.ipt.application.modeling.ModelDiff;
import no.ipt.application.modeling.ModelLibraryService;
import no.ipt.web.security.CurrentCaller;

/** One version ({@code /admin/model.xhtml?id=}): its diagram and what changed against the version before. */
@Named
@ViewScoped
public class ModelVersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModelLibraryService library;

    @Inject
    ModelLibraryPage libraryPage;

    @Inject
    CurrentCaller caller;

    @Inject
    AdminFailures failures;

    private String id;
    private ModelLibraryPage.Found found;
    private String xml;
    private transient ModelDiff.Summary diff;

    public void load() {
        try {
            xml = library.xml(caller.get(), id);
            found = libraryPage.find(id);
            diff = library.diff(caller.get(), id);
        } catch (RuntimeException e) {
            found = null;
            failures.show(e);
        }
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

    public ModelDiff.Summary getDiff() {
        return diff;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
