package no.ipt.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Require;

/**
 * One cell of a budget or financing table: a label (the budget line, e.g. "Prosjektleiing - FMVL",
 * or the financing source, e.g. "Landbruksdirektoratet"), a year, an amount and a comment. Budget
 * and financing lines have the same shape, so one value object serves both tables.
 */
@Embeddable
public class PlanLine implements Serializable {

    public static final int MAX_LABEL_LENGTH = 200;
    public static final int MAX_COMMENT_LENGTH = 500;

    @NotBlank
    @Size(max = MAX_LABEL_LENGTH)
    @Column(name = "label", nullable = false, length = MAX_LABEL_LENGTH)
    private String label;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Embedded
    @Valid
    @NotNull
    private Money amount;

    @Size(max = MAX_COMMENT_LENGTH)
    @Column(name = "comment", length = MAX_COMMENT_LENGTH)
    private String comment;

    protected PlanLine() {
        // for JPA
    }

    public PlanLine(String label, int year, Money amount, String comment) {
        this.label = Require.text(label, "label", MAX_LABEL_LENGTH);
        this.year = year;
        this.amount = Require.present(amount, "amount");
        if (amount.isNegative()) {
            throw new DomainRuleViolation("negative-amount", "amount",
                    "The amount of '" + this.label + "' in " + year + " cannot be negative (" + amount + ")");
        }
        this.comment = Require.optionalText(comment, "comment", MAX_COMMENT_LENGTH);
    }

    public String label() {
        return label;
    }

    public int year() {
        return year;
    }

    public Money amount() {
        return amount;
    }

    /** The comment, or {@code null}. */
    public String comment() {
        return comment;
    }

    boolean sameCellAs(PlanLine other) {
        return year == other.year && label.equalsIgnoreCase(other.label);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanLine other && year == other.year && label.equals(other.label)
                && amount.equals(other.amount) && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, year, amount, comment);
    }

    @Override
    public String toString() {
        return label + " " + year + ": " + amount;
    }
}
