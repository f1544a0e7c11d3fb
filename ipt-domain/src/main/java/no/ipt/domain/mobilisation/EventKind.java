package no.ipt.domain.mobilisation;

/** The kinds of meeting a market dialogue holds with farms. */
public enum EventKind {
    /** Informasjonsmøte: the municipality tells farms what it wants to buy. */
    INFORMATION_MEETING,
    /** Dialogkonferanse: farms and buyer talk about what the market can deliver before the tender. */
    DIALOGUE_CONFERENCE
}
