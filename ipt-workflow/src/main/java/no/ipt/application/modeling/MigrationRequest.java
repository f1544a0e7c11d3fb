package no.ipt.application.modeling;

import java.util.List;

/**
 * A migration: from one version to another; {@code instructions} map activities explicitly (none:
 * every activity maps to the one with the same id); {@code processInstanceIds} limits it (none: every
 * running instance of the source version).
 */
public record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, List<Instruction> instructions,
                               List<String> processInstanceIds) {

    /** Running in {@code sourceActivityId} moves to {@code targetActivityId}. */
    public record Instruction(String sourceActivityId, String targetActivityId) {
    }

    public List<Instruction> instructionsOrEmpty() {
        return instructions == null ? List.of() : instructions;
    }
}
