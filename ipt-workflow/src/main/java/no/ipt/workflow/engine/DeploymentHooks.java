package no.ipt.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * Deployers the engine runs around Camunda's own for every deployment, whichever way it comes (IPT's
 * API, Camunda's REST API, start-up): {@link #before()} may refuse a model before anything is stored,
 * {@link #after()} sees the definitions with their new versions.
 */
public interface DeploymentHooks {

    List<Deployer> before();

    List<Deployer> after();
}
