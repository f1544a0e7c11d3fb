package no.ipt.domain.casefile;

import no.ipt.domain.shared.DomainRuleViolation;

/** What a document on a case is. */
public enum DocumentCategory {
    CONTRACT, TENDER_DOCUMENT, FARM_APPROVAL, MINUTES, OTHER;

    /** The category named {@code value}; blank means {@link #OTHER}. */
    public static DocumentCategory parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-document-category", "category",
                    "'" + value + "' is not a document category; choose one of " + java.util.List.of(values()));
        }
    }
}
