package no.ipt.application.modeling;

import java.util.List;

/**
 * What a migration would do, nothing moved: the plan's instructions, and per running instance where
 * its active activities go and which of them no instruction maps ({@code unmapped}: it cannot move).
 */
public record MigrationPreview(String sourceDefinitionId, String targetDefinitionId,
                               List<MigrationRequest.Instruction> instructions, List<InstancePreview> instances,
                               boolean executable) {

    public record InstancePreview(String processInstanceId, String businessKey, List<MigrationRequest.Instruction> moves,
                                  List<String> unmapped) {
    }
}
