package no.ipt.web.api.models;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.ipt.application.modeling.MigrationRequest;

/** JSON body of {@code POST /api/models/migrations/preview} and {@code .../execute}. */
public class MigrationRequestBody {

    @NotBlank
    @Size(max = 200)
    public String sourceDefinitionId;

    @NotBlank
    @Size(max = 200)
    public String targetDefinitionId;

    /** Explicit mappings; none: every activity to the one with the same id. */
    @Valid
    @Size(max = 500)
    public List<InstructionBody> instructions;

    /** Only these instances; none: every running instance of the source version. */
    @Size(max = 10000)
    public List<@NotBlank String> processInstanceIds;

    /** One mapping of the plan. */
    public static class InstructionBody {
        @NotBlank
        public String sourceActivityId;
        @NotBlank
        public String targetActivityId;
    }

    MigrationRequest toRequest() {
        return new MigrationRequest(sourceDefinitionId, targetDefinitionId, instructions == null ? List.of()
                : instructions.stream().map(i -> new MigrationRequest.Instruction(i.sourceActivityId, i.targetActivityId)).toList(),
                processInstanceIds == null ? List.of() : List.copyOf(processInstanceIds));
    }
}
