package no.ipt.application.modeling;

import java.time.Instant;
import java.util.List;

/** What a deployment did: {@code changed} is false when the model equals the last one deployed under its name. */
public record DeploymentResult(String deploymentId, String name, Instant deployedAt, boolean changed,
                               List<DeployedDefinition> definitions) {
}
