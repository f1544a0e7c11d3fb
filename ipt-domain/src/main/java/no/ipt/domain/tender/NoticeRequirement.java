package no.ipt.domain.tender;

/** Where the competition must be announced; names match the decision's {@code noticeRequired} output. */
public enum NoticeRequirement {
    /** No duty to announce (a voluntary notice is possible). */
    NONE,
    DOFFIN,
    DOFFIN_AND_TED;

    public boolean requiresNotice() {
        return this != NONE;
    }
}
