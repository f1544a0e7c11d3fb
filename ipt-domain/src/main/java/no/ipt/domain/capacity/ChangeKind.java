package no.ipt.domain.capacity;

/** What changed a service's capacity. */
public enum ChangeKind {
    /** The service was registered with its first number of places. */
    ESTABLISHED,
    /** More or fewer places became available (e.g. a new call-off, or an agreement ended). */
    PLACES_CHANGED,
    /** People were put on the waiting list. */
    JOINED_WAITING_LIST,
    /** People left the waiting list without a place (withdrew, moved, got another service). */
    LEFT_WAITING_LIST,
    /** People moved from the waiting list into free places. */
    ADMITTED,
    /** People gave up their places, which became free. */
    RELEASED
}
