package no.ipt.domain.tender;

/**
 * Where a tender is: DRAFT → ANNOUNCED → OFFERS_CLOSED → EVALUATED → AWARDED → STANDSTILL →
 * CONCLUDED, or CANCELLED from any state before CONCLUDED. The methods of {@link Tender} enforce the
 * order.
 */
public enum TenderStatus {
    DRAFT,
    ANNOUNCED,
    OFFERS_CLOSED,
    EVALUATED,
    AWARDED,
    STANDSTILL,
    CONCLUDED,
    CANCELLED
}
