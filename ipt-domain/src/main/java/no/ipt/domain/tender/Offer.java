package no.ipt.domain.tender;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A farm's offer (tilbud) in a tender: an entity inside the {@link Tender} aggregate, changed only
 * through it. A withdrawn offer stays on record but takes no further part.
 */
@Entity
@Table(name = "tender_offer", schema = "ipt")
public class Offer {

    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id", nullable = false, updatable = false)
    private Tender tender;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "organisation_number", length = 9, nullable = false,
            updatable = false))
    private OrganisationNumber bidder;

    @NotNull
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Qualification qualification;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "rejection_reason", length = MAX_REASON_LENGTH)
    private String rejectionReason;

    /** 1 for the first awarded farm, 2 for the next under a framework agreement; null when not awarded. */
    @Min(1)
    @Column(name = "award_rank")
    private Integer awardRank;

    protected Offer() {
        // for JPA
    }

    Offer(Tender tender, OrganisationNumber bidder, Instant receivedAt) {
        this.tender = tender;
        this.bidder = Require.present(bidder, "organisationNumber");
        this.receivedAt = Require.present(receivedAt, "receivedAt");
        this.qualification = Qualification.PENDING;
    }

    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    void qualify() {
        this.qualification = Qualification.QUALIFIED;
        this.rejectionReason = null;
    }

    void reject(String reason) {
        this.rejectionReason = Require.text(reason, "rejectionReason", MAX_REASON_LENGTH);
        this.qualification = Qualification.REJECTED;
    }

    void award(int rank) {
        this.awardRank = rank;
    }

    void setAwardAside() {
        this.awardRank = null;
    }

    public OrganisationNumber bidder() {
        return bidder;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Not withdrawn: takes part in qualification, evaluation and award. */
    public boolean isActive() {
        return withdrawnAt == null;
    }

    public Qualification qualification() {
        return qualification;
    }

    public boolean isQualified() {
        return isActive() && qualification == Qualification.QUALIFIED;
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<Integer> awardRank() {
        return Optional.ofNullable(awardRank);
    }

    public boolean isAwarded() {
        return awardRank != null;
    }

    @Override
    public String toString() {
        return "Offer from " + bidder + " received " + receivedAt;
    }
}
