package no.ipt.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.ipt.application.modeling.ModelDeploymentService;
import no.ipt.application.modeling.ModelLibraryService;
import no.ipt.web.security.CurrentCaller;
import no.ipt.web.ui.Texts;
import no.ipt.workflow.forms.AdminFormSchema;
import no.ipt.workflow.forms.AdminForms;

/**
 * The form editor ({@code /admin/form-editor.xhtml}, {@code ?id=} a deployed form version, else a new
 * form): a form-js schema in the form-js editor; "Deploy" posts the edited schema with the Faces form
 * (view state token) to the same checked deployment as {@code POST /api/models/{id}.form}. The file is
 * named by the schema's id, and a user task uses the form with the key {@code ipt-form:<id>}.
 */
@Named
@ViewScoped
public class FormEditorPage extends DeployingPage {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE_SAFE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** A new form: one required text field, for the admin to change. */
    static final String NEW_FORM = """
            {
              "schemaVersion": 16,
              "type": "default",
              "id": "new-form",
              "components": [
                { "type": "textarea", "id": "Field_notes", "key": "notes", "label": "Notater", "validate": { "required": true } }
              ]
            }""";

    @Inject
    ModelLibraryService library;

    @Inject
    ModelDeploymentService deployments;

    @Inject
    CurrentCaller caller;

    @Inject
    AdminFailures failures;

    @Inject
    Texts texts;

    private String id;
    private boolean loaded;
    private String schema;

    public void load() {
        if (loaded) {
            return;
        }
        try {
            schema = id == null || id.isBlank() ? NEW_FORM : library.formSchema(caller.get(), id);
            loaded = true;
        } catch (RuntimeException e) {
            failures.show(e);
        }
    }

    /** Checks and deploys the edited schema as {@code <id>.form}; on success shows the new version, else the problems. */
    public void deploy() {
        deploy(() -> deployments.deploy(caller.get(), getFileName(),
                schema == null ? new byte[0] : schema.getBytes(StandardCharsets.UTF_8)), failures, texts, "formEditor");
    }


    /** The file the schema deploys as: its id with {@code .form} (an unusable id is reported by the checks). */
    public String getFileName() {
        String formId = schema == null ? null : AdminFormSchema.parse(schema).id();
        return (formId != null && FILE_SAFE_ID.matcher(formId).matches() ? formId : "form") + ".form";
    }

    /** The form key a user task uses for this form. */
    public String getFormKey() {
        String formId = schema == null ? null : AdminFormSchema.parse(schema).id();
        return formId == null ? null : AdminForms.PREFIX + formId;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
