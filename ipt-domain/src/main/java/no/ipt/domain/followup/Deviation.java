package no.ipt.domain.followup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * A quality deviation (avvik) under an agreement, part of the {@link FollowUp} aggregate, with the
 * corrective actions taken against it. It closes only when it has actions and all are done: a
 * closed deviation always shows what was done about it. The description is about the service,
 * never about a named user.
 */
@Entity
@Table(name = "follow_up_deviation", schema = "ipt")
public class Deviation {

    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @Min(1)
    @Column(name = "deviation_number", nullable = false, updatable = false)
    private int number;

    @NotNull
    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private DeviationCategory category;

    @NotBlank
    @Size(max = MAX_DESCRIPTION_LENGTH)
    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 20)
    private Severity severity;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @OneToMany(mappedBy = "deviation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    @Valid
    private List<CorrectiveAction> actions = new ArrayList<>();

    protected Deviation() {
        // for JPA
    }

    Deviation(FollowUp followUp, int number, LocalDate reportedOn, DeviationCategory category, String description,
              Severity severity) {
        this.followUp = followUp;
        this.number = number;
        this.reportedOn = Require.present(reportedOn, "reportedOn");
        this.category = Require.present(category, "category");
        this.description = Require.text(description, "description", MAX_DESCRIPTION_LENGTH);
        this.severity = Require.present(severity, "severity");
    }

    CorrectiveAction addAction(String description, LocalDate deadline) {
        requireOpen();
        CorrectiveAction action = new CorrectiveAction(this, actions.size() + 1, description, deadline);
        actions.add(action);
        return action;
    }

    void completeAction(int actionNumber, LocalDate doneOn) {
        requireOpen();
        action(actionNumber).markDone(doneOn);
    }

    void close(LocalDate on) {
        requireOpen();
        Require.present(on, "closedOn");
        if (actions.isEmpty()) {
            throw new DomainRuleViolation("deviation-without-actions", "actions",
                    "Deviation " + number + " has no corrective action; record what was done before closing it");
        }
        List<Integer> notDone = actions.stream().filter(a -> !a.isDone()).map(CorrectiveAction::number).toList();
        if (!notDone.isEmpty()) {
            throw new DomainRuleViolation("open-corrective-actions", "actions",
                    "Deviation " + number + " closes when all its actions are done; not done: " + notDone);
        }
        LocalDate lastDone = actions.stream().map(a -> a.doneOn().orElseThrow()).max(LocalDate::compareTo)
                .orElseThrow();
        if (on.isBefore(lastDone)) {
            throw new DomainRuleViolation("closed-before-done", "closedOn",
                    "Deviation " + number + " cannot close on " + on + ", before its last action was done on " + lastDone);
        }
        this.closedOn = on;
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new DomainRuleViolation("deviation-closed", "deviation",
                    "Deviation " + number + " was closed on " + closedOn);
        }
    }

    public CorrectiveAction action(int actionNumber) {
        return actions.stream().filter(a -> a.number() == actionNumber).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-corrective-action", "actionNumber",
                        "Deviation " + number + " has no corrective action " + actionNumber));
    }

    /** Actions not done and past their deadline on {@code today}. */
    public List<CorrectiveAction> overdueActions(LocalDate today) {
        return actions.stream().filter(a -> a.isOverdue(today)).toList();
    }

    public int number() {
        return number;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public DeviationCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public List<CorrectiveAction> actions() {
        return List.copyOf(actions);
    }

    @Override
    public String toString() {
        return "deviation " + number + " (" + severity + ", " + category + ")";
    }
}
