package no.ipt.web.api.capacity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;

/** JSON body of {@code POST /api/capacities}; {@code on} defaults to today. */
public class CreateCapacityRequest {

    @NotNull
    @Pattern(regexp = "\\d{4}", message = "must be four digits, e.g. 5006")
    public String municipalityNumber;

    @NotNull
    public String serviceArea;

    @NotBlank
    public String serviceName;

    @NotNull
    public BigDecimal places;

    public LocalDate on;
}
