package no.ipt.domain.decision;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a quorum rule in one column by its code, e.g. {@code SHARE_OF_MEMBERS 2/3}. */
@Converter
public class QuorumRuleConverter implements AttributeConverter<QuorumRule, String> {

    @Override
    public String convertToDatabaseColumn(QuorumRule rule) {
        return rule == null ? null : rule.code();
    }

    @Override
    public QuorumRule convertToEntityAttribute(String code) {
        return code == null ? null : QuorumRule.parse(code);
    }
}
