package no.ipt.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ipt.application.modeling.ModelLibraryEntry;
import no.ipt.application.modeling.ModelLibraryService;
import no.ipt.application.modeling.ModelVersionView;
import no.ipt.web.security.CurrentCaller;

/**
 * The process library ({@code /admin/models.xhtml}): every BPMN process and DMN decision with its
 * versions, when and by whom each was deployed and how many cases run on it.
 */
@Named
@RequestScoped
public class ModelLibraryPage {

    @Inject
    ModelLibraryService library;

    @Inject
    CurrentCaller caller;

    private List<ModelLibraryEntry> entries;

    public List<ModelLibraryEntry> getEntries() {
        if (entries == null) {
            entries = library.list(caller.get());
        }
        return entries;
    }

    /** One version of the library: its process or decision's kind and key, and the version. */
    public record Found(String kind, String key, String definitionId, int version, String resourceName)
            implements Serializable {

        /** The file name to deploy a changed version under: the resource's last path segment. */
        public String fileName() {
            return resourceName.substring(resourceName.lastIndexOf('/') + 1);
        }

        public boolean isDecision() {
            return "decision".equals(kind);
        }
    }

    /** The version with this definition id, or null. */
    public Found find(String definitionId) {
        for (ModelLibraryEntry e : getEntries()) {
            for (ModelVersionView v : e.versions()) {
                if (v.definitionId().equals(definitionId)) {
                    return new Found(e.kind(), e.key(), v.definitionId(), v.version(), v.resourceName());
                }
            }
        }
        return null;
    }
}
