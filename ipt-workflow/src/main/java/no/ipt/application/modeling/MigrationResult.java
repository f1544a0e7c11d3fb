package no.ipt.application.modeling;

import java.util.List;

/** A migration done: every instance moved to the target version, with its active activities there. */
public record MigrationResult(String sourceDefinitionId, String targetDefinitionId, List<Moved> instances) {

    public record Moved(String processInstanceId, String businessKey, String definitionId, List<String> activeActivities) {
    }
}
