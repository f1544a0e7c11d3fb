package no.ipt.application.tender;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A tender as its evaluation forms need it: the award criteria in their order, and the offers that
 * take part, in the order received (which breaks ties in the ranking).
 */
public record TenderEvaluationView(String reference, String status, List<Criterion> criteria, List<Bidder> offers)
        implements Serializable {

    public TenderEvaluationView {
        criteria = List.copyOf(criteria);
        offers = List.copyOf(offers);
    }

    /** The qualified offers: the rows of the scoring matrix. */
    public List<Bidder> qualifiedOffers() {
        return offers.stream().filter(Bidder::qualified).toList();
    }

    /** An award criterion and its weight in whole percent. */
    public record Criterion(String name, int weightPercent) implements Serializable {
    }

    /**
     * An offer: the bidder's organisation number, its name in the farm register (null for a bidder not
     * registered there), when the offer came, and its qualification (PENDING, QUALIFIED, REJECTED).
     */
    public record Bidder(String organisationNumber, String name, Instant receivedAt, String qualification)
            implements Serializable {

        public boolean qualified() {
            return "QUALIFIED".equals(qualification);
        }

        /** The name to show: the farm's, else the organisation number. */
        public String label() {
            return name == null ? organisationNumber : name;
        }
    }
}
