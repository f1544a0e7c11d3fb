package no.ipt.web.ui.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.ipt.application.modeling.MigrationPreview;
import no.ipt.application.modeling.MigrationRequest;
import no.ipt.application.modeling.MigrationResult;
import no.ipt.application.modeling.MigrationService;
import no.ipt.application.modeling.ModelLibraryEntry;
import no.ipt.application.modeling.ModelLibraryService;
import no.ipt.application.modeling.ModelProblem;
import no.ipt.application.modeling.ModelVersionView;
import no.ipt.web.security.CurrentCaller;
import no.ipt.web.ui.Texts;

/**
 * Migration of running cases ({@code /admin/migration.xhtml}): choose a source version (one with
 * running instances) and a target version of the same process, preview what moves where and what no
 * instruction maps, then execute (all or nothing) and see every instance where it now is. The default
 * plan maps equal activity ids.
 */
@Named
@ViewScoped
public class MigrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModelLibraryService library;

    @Inject
    MigrationService migrations;

    @Inject
    CurrentCaller caller;

    @Inject
    AdminFailures failures;

    @Inject
    Texts texts;

    /** A version to choose, labelled "key vN (running)". */
    public record Choice(String definitionId, String key, String label, long running) implements Serializable {
    }

    private String source;
    private String target;
    private List<Choice> choices;
    private transient MigrationPreview preview;
    private transient MigrationResult result;
    private transient List<ModelProblem> problems = List.of();
    /** Whether the last preview could be executed (kept with the view: it decides whether "execute" is there). */
    private boolean executable;

    /** Every process version; the sources are the ones cases run on. */
    public List<Choice> getChoices() {
        if (choices == null) {
            choices = new ArrayList<>();
            try {
                for (ModelLibraryEntry e : library.list(caller.get())) {
                    if (!"process".equals(e.kind())) {
                        continue;
                    }
                    for (ModelVersionView v : e.versions()) {
                        choices.add(new Choice(v.definitionId(), e.key(),
                                e.key() + " v" + v.version() + " (" + v.runningInstances() + ")", v.runningInstances()));
                    }
                }
            } catch (RuntimeException e) {
                failures.show(e);
            }
        }
        return choices;
    }

    public List<Choice> getSources() {
        return getChoices().stream().filter(c -> c.running() > 0).toList();
    }

    public void preview() {
        clear();
        try {
            preview = migrations.preview(caller.get(), request());
            executable = preview.executable();
            if (!preview.executable()) {
                texts.message(null, FacesMessage.SEVERITY_WARN, texts.get("migration.notExecutable"));
            }
        } catch (RuntimeException e) {
            problems = failures.show(e);
        }
    }

    public void execute() {
        clear();
        try {
            result = migrations.execute(caller.get(), request());
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("migration.done", result.instances().size()));
        } catch (RuntimeException e) {
            problems = failures.show(e);
        }
    }

    private void clear() {
        executable = false;
        preview = null;
        result = null;
        problems = List.of();
    }

    private MigrationRequest request() {
        return new MigrationRequest(source, target, List.of(), List.of());
    }

    public MigrationPreview getPreview() {
        return preview;
    }

    public MigrationResult getResult() {
        return result;
    }

    public List<ModelProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    public boolean isExecutable() {
        return executable;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
