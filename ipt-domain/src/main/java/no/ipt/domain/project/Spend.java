package no.ipt.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Require;

/** Money spent against one budget line and year of a plan (regnskap), on a day, with a note. */
@Embeddable
public class Spend implements Serializable {

    public static final int MAX_NOTE_LENGTH = 500;

    @NotBlank
    @Size(max = PlanLine.MAX_LABEL_LENGTH)
    @Column(name = "label", nullable = false, length = PlanLine.MAX_LABEL_LENGTH)
    private String label;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Embedded
    @Valid
    @NotNull
    private Money amount;

    @NotNull
    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Size(max = MAX_NOTE_LENGTH)
    @Column(name = "note", length = MAX_NOTE_LENGTH)
    private String note;

    protected Spend() {
        // for JPA
    }

    public Spend(String label, int year, Money amount, LocalDate spentOn, String note) {
        this.label = Require.text(label, "label", PlanLine.MAX_LABEL_LENGTH);
        this.year = year;
        this.amount = Require.present(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new DomainRuleViolation("invalid-spend-amount", "amount",
                    "Spend on '" + this.label + "' is more than nothing (got " + amount + ")");
        }
        this.spentOn = Require.present(spentOn, "spentOn");
        this.note = Require.optionalText(note, "note", MAX_NOTE_LENGTH);
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

    public LocalDate spentOn() {
        return spentOn;
    }

    /** The note, or {@code null}. */
    public String note() {
        return note;
    }

    boolean isFor(String otherLabel, int otherYear) {
        return year == otherYear && label.equalsIgnoreCase(otherLabel.strip());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spend other && year == other.year && label.equals(other.label)
                && amount.equals(other.amount) && spentOn.equals(other.spentOn) && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, year, amount, spentOn, note);
    }

    @Override
    public String toString() {
        return label + " " + year + ": " + amount + " on " + spentOn;
    }
}
