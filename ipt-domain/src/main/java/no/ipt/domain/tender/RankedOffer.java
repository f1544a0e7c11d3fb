package no.ipt.domain.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import no.ipt.domain.shared.OrganisationNumber;

/**
 * A qualified offer's place in the ranking (1 is best): its weighted score (0–10, two decimals) and
 * when it was received, which breaks ties.
 */
public record RankedOffer(int rank, OrganisationNumber bidder, BigDecimal weightedScore, Instant receivedAt) {

    public RankedOffer {
        if (rank < 1) {
            throw new IllegalArgumentException("Ranks start at 1 (got " + rank + ")");
        }
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(weightedScore, "weightedScore");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
