package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** JSON body of {@code POST /api/plans/{id}/spend}: money spent against a budget line in a year. */
public class SpendRequest extends PlanEditRequest {

    @NotBlank
    public String label;

    @NotNull
    public Integer year;

    @NotNull
    public BigDecimal amount;

    @NotNull
    public LocalDate spentOn;

    public String note;
}
