package no.ipt.web.api.plans;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** JSON body of {@code POST /api/plans}: give either {@code caseNumber} or {@code pilot}. */
public class CreatePlanRequest {

    @NotBlank
    public String title;

    @NotBlank
    public String owner;

    @NotBlank
    public String projectLead;

    @NotNull
    public LocalDate start;

    @NotNull
    public LocalDate end;

    /** NOK per full-time equivalent a year, overhead included; 750000 when left out. */
    @DecimalMin(value = "0", inclusive = false)
    public BigDecimal fullTimeEquivalentRate;

    public String caseNumber;

    public String pilot;
}
