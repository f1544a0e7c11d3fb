package no.ipt.web.api.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** JSON body of {@code POST /api/cases/{caseNumber}/requests}. */
public class CaseRequestBody {

    @NotNull
    @Pattern(regexp = "CALL_OFF|DEVIATION|EVALUATION|TERMINATION",
            message = "must be CALL_OFF, DEVIATION, EVALUATION or TERMINATION")
    public String type;
}
