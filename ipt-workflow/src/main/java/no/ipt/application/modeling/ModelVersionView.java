package no.ipt.application.modeling;

import java.time.Instant;

/** One version of a process or decision definition in the library. */
public record ModelVersionView(String definitionId, int version, String resourceName, String deploymentId,
                               String deploymentName, Instant deployedAt, String deployedBy, String source,
                               long runningInstances) {
}
