package no.ipt.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * The procedure chosen for a tender and the parameters the law attaches to it, as the
 * {@code procurement-procedure} decision gave them on {@code decisionDate}. Kept as the decision
 * said, so that a later change of thresholds does not change a tender already under way.
 */
@Embeddable
public class ProcedureChoice implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure", length = 40)
    private Procedure procedure;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_requirement", length = 20)
    private NoticeRequirement noticeRequirement;

    @Min(0)
    @Column(name = "standstill_days")
    private int standstillDays;

    /** {@code null}: the law gives no maximum term for a framework agreement under this procedure. */
    @Min(1)
    @Column(name = "max_framework_years")
    private Integer maxFrameworkYears;

    @Column(name = "may_reserve_for_non_profit")
    private boolean mayReserveForNonProfit;

    @NotNull
    @Column(name = "procedure_decided_on")
    private LocalDate decisionDate;

    protected ProcedureChoice() {
        // for JPA
    }

    public ProcedureChoice(Procedure procedure, NoticeRequirement noticeRequirement, int standstillDays,
                           Integer maxFrameworkYears, boolean mayReserveForNonProfit, LocalDate decisionDate) {
        this.procedure = Require.present(procedure, "procedure");
        this.noticeRequirement = Require.present(noticeRequirement, "noticeRequirement");
        if (standstillDays < 0) {
            throw new DomainRuleViolation("invalid-standstill-days", "standstillDays",
                    "A standstill period cannot be negative (got " + standstillDays + " days)");
        }
        if (maxFrameworkYears != null && maxFrameworkYears < 1) {
            throw new DomainRuleViolation("invalid-max-framework-years", "maxFrameworkYears",
                    "A maximum framework term is at least one year (got " + maxFrameworkYears + ")");
        }
        this.standstillDays = standstillDays;
        this.maxFrameworkYears = maxFrameworkYears;
        this.mayReserveForNonProfit = mayReserveForNonProfit;
        this.decisionDate = Require.present(decisionDate, "decisionDate");
    }

    /**
     * Reads the outputs of the {@code procurement-procedure} decision (one result's entry map):
     * {@code procedure}, {@code noticeRequired}, {@code standstillDays}, {@code maxFrameworkYears}
     * (absent or {@code null}: no maximum) and {@code mayReserveForNonProfit}.
     */
    public static ProcedureChoice fromDecisionOutputs(Map<String, ?> outputs, LocalDate decisionDate) {
        if (outputs == null || outputs.isEmpty()) {
            throw new DomainRuleViolation("no-procedure-decided", "procedure",
                    "The procedure decision gave no result for these inputs; choose the procedure by hand");
        }
        Number standstill = output(outputs, "standstillDays", Number.class);
        Object years = outputs.get("maxFrameworkYears");
        return new ProcedureChoice(
                enumOutput(Procedure.class, output(outputs, "procedure", String.class), "procedure"),
                enumOutput(NoticeRequirement.class, output(outputs, "noticeRequired", String.class), "noticeRequirement"),
                standstill.intValue(),
                years == null ? null : output(outputs, "maxFrameworkYears", Number.class).intValue(),
                output(outputs, "mayReserveForNonProfit", Boolean.class),
                decisionDate);
    }

    private static <T> T output(Map<String, ?> outputs, String name, Class<T> type) {
        Object value = outputs.get(name);
        if (!type.isInstance(value)) {
            throw new DomainRuleViolation("invalid-procedure-decision", name,
                    "The procedure decision's output '" + name + "' should be a " + type.getSimpleName()
                            + " (got " + value + ")");
        }
        return type.cast(value);
    }

    private static <E extends Enum<E>> E enumOutput(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-procedure-decision", field,
                    "The procedure decision gave an unknown " + field + " '" + value + "'");
        }
    }

    public Procedure procedure() {
        return procedure;
    }

    public NoticeRequirement noticeRequirement() {
        return noticeRequirement;
    }

    /** Days from the notification of the award before the contract may be signed; 0 means none. */
    public int standstillDays() {
        return standstillDays;
    }

    public boolean hasStandstill() {
        return standstillDays > 0;
    }

    /** The maximum term of a framework agreement, or empty when the law gives none (then warn, not block). */
    public Optional<Integer> maxFrameworkYears() {
        return Optional.ofNullable(maxFrameworkYears);
    }

    /** Whether a framework agreement of {@code years} stays within the legal maximum (always, when there is none). */
    public boolean permitsFrameworkTerm(int years) {
        return maxFrameworkYears == null || years <= maxFrameworkYears;
    }

    public boolean mayReserveForNonProfit() {
        return mayReserveForNonProfit;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcedureChoice other && procedure == other.procedure
                && noticeRequirement == other.noticeRequirement && standstillDays == other.standstillDays
                && Objects.equals(maxFrameworkYears, other.maxFrameworkYears)
                && mayReserveForNonProfit == other.mayReserveForNonProfit && decisionDate.equals(other.decisionDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(procedure, noticeRequirement, standstillDays, maxFrameworkYears, mayReserveForNonProfit,
                decisionDate);
    }

    @Override
    public String toString() {
        return procedure + " (notice " + noticeRequirement + ", standstill " + standstillDays + " days, decided "
                + decisionDate + ")";
    }
}
