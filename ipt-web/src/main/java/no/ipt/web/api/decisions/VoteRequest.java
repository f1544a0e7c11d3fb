package no.ipt.web.api.decisions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/cases/{caseNumber}/decision/votes}. */
public class VoteRequest {

    @NotNull
    @Pattern(regexp = "APPROVE|REJECT|SEND_BACK", message = "must be APPROVE, REJECT or SEND_BACK")
    public String choice;

    @Size(max = 2000)
    public String comment;
}
