package no.ipt.web.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** JSON body of {@code POST /api/cases}. */
public class OpenCaseRequest {

    @NotBlank
    @Size(max = 200)
    public String title;

    @NotNull
    @Pattern(regexp = "\\d{4}", message = "must be four digits, e.g. 3303")
    public String municipalityNumber;

    @NotNull
    public String serviceArea;
}
