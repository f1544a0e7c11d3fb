package no.ipt.web.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * JSON body of {@code PUT /api/cases/{caseNumber}/quorum-rule}: {@code MAJORITY_OF_MEMBERS},
 * {@code SHARE_OF_MEMBERS 2/3} or {@code MAJORITY_OF_VOTES_CAST 3}, and the case version the caller saw.
 */
public class QuorumRuleRequest {

    @NotBlank
    @Size(max = 60)
    public String quorumRule;

    @NotNull
    public Long version;
}
