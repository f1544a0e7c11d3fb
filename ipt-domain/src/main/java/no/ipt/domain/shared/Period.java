package no.ipt.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of calendar days (Europe/Oslo), e.g. a pilot or project period. Both ends are
 * inclusive, as in "November 2020 – November 2022".
 */
@Embeddable
public class Period implements Serializable {

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    protected Period() {
        // for JPA
    }

    public Period(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new DomainRuleViolation("missing-period", "period", "A period needs both a start and an end date");
        }
        if (end.isBefore(start)) {
            throw new DomainRuleViolation("invalid-period", "period",
                    "A period cannot end (" + end + ") before it starts (" + start + ")");
        }
        this.start = start;
        this.end = end;
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the period has at least one day in the calendar year. */
    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period other && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
