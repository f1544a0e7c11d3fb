package no.ipt.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import no.ipt.domain.shared.Require;

/**
 * A bidder's complaint (klage) to the buyer, numbered within its tender. It is handled once, as
 * upheld or dismissed; an unhandled complaint received before the standstill ends blocks signing.
 */
@Entity
@Table(name = "tender_complaint", schema = "ipt")
public class Complaint {

    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id", nullable = false, updatable = false)
    private Tender tender;

    @Min(1)
    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @NotNull
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @NotBlank
    @Size(max = MAX_TEXT_LENGTH)
    @Column(name = "text", nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private ComplaintOutcome outcome;

    @Column(name = "handled_on")
    private LocalDate handledOn;

    protected Complaint() {
        // for JPA
    }

    Complaint(Tender tender, int number, LocalDate receivedOn, String text) {
        this.tender = tender;
        this.number = number;
        this.receivedOn = Require.present(receivedOn, "receivedOn");
        this.text = Require.text(text, "complaintText", MAX_TEXT_LENGTH);
    }

    void handle(ComplaintOutcome outcome, LocalDate on) {
        this.outcome = outcome;
        this.handledOn = on;
    }

    public int number() {
        return number;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String text() {
        return text;
    }

    public boolean isHandled() {
        return outcome != null;
    }

    public Optional<ComplaintOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<LocalDate> handledOn() {
        return Optional.ofNullable(handledOn);
    }

    @Override
    public String toString() {
        return "Complaint " + number + " received " + receivedOn;
    }
}
