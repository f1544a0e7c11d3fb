package no.ipt.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * One document of a chapter 11 checklist: a topic for the farm (no activity) or for one activity,
 * when it was received and when the municipality verified it. Changes make a new item.
 */
@Embeddable
public class ChecklistItem implements Serializable {

    /** The service area of the activity checklist, or {@code null} on the farm checklist. */
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", length = 40)
    private ServiceArea activity;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 40)
    private ChecklistTopic topic;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    protected ChecklistItem() {
        // for JPA
    }

    private ChecklistItem(ServiceArea activity, ChecklistTopic topic, LocalDate receivedOn, LocalDate verifiedOn) {
        this.activity = activity;
        this.topic = Require.present(topic, "topic");
        this.receivedOn = receivedOn;
        this.verifiedOn = verifiedOn;
    }

    public static ChecklistItem forFarm(ChecklistTopic topic) {
        return new ChecklistItem(null, topic, null, null);
    }

    public static ChecklistItem forActivity(ServiceArea activity, ChecklistTopic topic) {
        return new ChecklistItem(Require.present(activity, "activity"), topic, null, null);
    }

    ChecklistItem received(LocalDate on) {
        Require.present(on, "receivedOn");
        if (verifiedOn != null) {
            throw new DomainRuleViolation("document-already-verified", "receivedOn", this + " is already verified");
        }
        return new ChecklistItem(activity, topic, on, null);
    }

    ChecklistItem verified(LocalDate on) {
        Require.present(on, "verifiedOn");
        if (receivedOn == null) {
            throw new DomainRuleViolation("document-not-received", "verifiedOn",
                    this + " cannot be verified before it is received");
        }
        if (on.isBefore(receivedOn)) {
            throw new DomainRuleViolation("verified-before-received", "verifiedOn",
                    this + " was received on " + receivedOn + " and cannot be verified on " + on);
        }
        return new ChecklistItem(activity, topic, receivedOn, on);
    }

    boolean concerns(ServiceArea activity, ChecklistTopic topic) {
        return this.activity == activity && this.topic == topic;
    }

    /** The activity, or empty for the farm checklist. */
    public Optional<ServiceArea> activity() {
        return Optional.ofNullable(activity);
    }

    public ChecklistTopic topic() {
        return topic;
    }

    public Optional<LocalDate> receivedOn() {
        return Optional.ofNullable(receivedOn);
    }

    public Optional<LocalDate> verifiedOn() {
        return Optional.ofNullable(verifiedOn);
    }

    public boolean isVerified() {
        return verifiedOn != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistItem other && activity == other.activity && topic == other.topic
                && Objects.equals(receivedOn, other.receivedOn) && Objects.equals(verifiedOn, other.verifiedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activity, topic, receivedOn, verifiedOn);
    }

    @Override
    public String toString() {
        return (activity == null ? "farm" : activity.name()) + "/" + topic;
    }
}
