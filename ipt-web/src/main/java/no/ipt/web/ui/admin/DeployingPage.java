package no.ipt.web.ui.admin;

import jakarta.faces.application.FacesMessage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.ipt.application.modeling.DeployedDefinition;
import no.ipt.application.modeling.DeploymentResult;
import no.ipt.application.modeling.ModelProblem;
import no.ipt.web.ui.Texts;

/**
 * A page with "Deploy" (the modeler, the form editor): what the last deployment did – the new (or
 * current) versions, or a refusal's problems by element id – and the page's message for it.
 */
public abstract class DeployingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<ModelProblem> problems = new ArrayList<>();
    private transient List<DeployedDefinition> deployed = new ArrayList<>();

    /** Runs the deployment and shows {@code <prefix>.deployed} / {@code <prefix>.unchanged}, or the refusal. */
    protected void deploy(Supplier<DeploymentResult> deployment, AdminFailures failures, Texts texts, String prefix) {
        problems = new ArrayList<>();
        deployed = new ArrayList<>();
        try {
            DeploymentResult result = deployment.get();
            deployed = new ArrayList<>(result.definitions());
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get(prefix + (result.changed() ? ".deployed" : ".unchanged")));
        } catch (RuntimeException e) {
            problems = new ArrayList<>(failures.show(e));
        }
    }

    public List<ModelProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    public List<DeployedDefinition> getDeployed() {
        return deployed == null ? List.of() : deployed;
    }
}
