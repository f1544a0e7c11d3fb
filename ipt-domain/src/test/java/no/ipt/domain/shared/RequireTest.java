package no.ipt.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void namesTheFieldInCodeAndMessage() {
        assertThatThrownBy(() -> Require.text(" ", "enterpriseName", 10))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Fill in enterprise name")
                .satisfies(e -> {
                    assertThat(((DomainRuleViolation) e).code()).isEqualTo("missing-enterprise-name");
                    assertThat(((DomainRuleViolation) e).field()).isEqualTo("enterpriseName");
                });
        assertThatThrownBy(() -> Require.optionalText("abcdef", "comment", 5))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("comment-too-long");
        assertThatThrownBy(() -> Require.present(null, "period"))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("missing-period");
    }

    @Test
    void stripsAndTurnsBlankIntoNull() {
        assertThat(Require.text("  Vang gård ", "displayName", 20)).isEqualTo("Vang gård");
        assertThat(Require.optionalText("  ", "comment", 20)).isNull();
    }
}
