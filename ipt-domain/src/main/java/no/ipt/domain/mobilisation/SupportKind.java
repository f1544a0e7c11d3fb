package no.ipt.domain.mobilisation;

/** The kinds of development support a farm gets while it is mobilised. */
public enum SupportKind {
    /** Rettleiing og mentorhjelp. */
    MENTORING,
    /** Contact with Innovasjon Norge about investment funding (a long-term agreement helps, seed 003). */
    INVESTMENT_SUPPORT_CONTACT,
    /** Inn på tunet-skolen, the first step towards approval. */
    IPT_SCHOOL,
    /** Anything else; the notes must then say what. */
    OTHER
}
