package no.ipt.domain.tender;

/** The procurement procedure the {@code procurement-procedure} decision chose; names match its outputs. */
public enum Procedure {
    /** Under NOK 100,000: outside the law and the regulation. */
    DIRECT_PURCHASE,
    /** Part I only: no set procedure, the basic principles and FOA chapter 7. */
    PART_I_COMPETITION,
    /** Parts I and II: open or restricted tilbudskonkurranse (FOA § 8-3). */
    PART_II_TILBUDSKONKURRANSE,
    /** Parts I and III: anbudskonkurranse or, where allowed, negotiation or dialogue (FOA § 13-1). */
    PART_III_ANBUDSKONKURRANSE,
    /** Health and social services above their threshold: FOA chapter 30. */
    CHAPTER_30_HEALTH_AND_SOCIAL
}
