package no.ipt.domain.agreement;

/** How a call-off (avrop) chooses among the agreement's suppliers. */
public enum CallOffRule {
    /** The highest-ranked supplier (rank 1 first) that has the places free. */
    RANKING,
    /** The suppliers in turn, in rank order, starting after the one used last. */
    ROTATION,
    /** Competition re-opened among the suppliers (konkurranse på nytt); the winner and why are recorded. */
    MINI_COMPETITION
}
