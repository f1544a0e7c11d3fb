package no.ipt.web.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/cases/{caseNumber}/complaints}: a bidder's complaint about the award. */
public class ComplaintBody {

    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2026-06-12")
    public String receivedOn;

    @NotBlank
    @Size(max = 4000)
    public String text;
}
