package no.ipt.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.ipt.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** An admin-modelled form's values are checked against its schema and become typed process variables. */
class AdminFormCompletionTest {

    static AdminFormSchema farmVisit() throws IOException {
        try (InputStream in = AdminFormCompletionTest.class.getResourceAsStream("/modeling/farm-visit.form")) {
            return AdminFormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSchemasFieldsAreRead() throws IOException {
        AdminFormSchema schema = farmVisit();
        assertThat(schema.findings()).isEmpty();
        assertThat(schema.id()).isEqualTo("farm-visit");
        assertThat(schema.fields()).extracting(AdminFormSchema.Field::key)
                .containsExactly("visitNotes", "placesSeen", "animalsWellKept", "grade", "visitedOn");
    }

    @Test
    void valuesBecomeTypedVariables() throws IOException {
        AdminFormCompletion form = new AdminFormCompletion("ipt-form:farm-visit", farmVisit());
        Map<String, Object> variables = form.validate(new FormValues(Map.of("visitNotes", " Fint ", "placesSeen", "4",
                "animalsWellKept", "true", "grade", "good", "visitedOn", "2026-12-01")));
        assertThat(variables).containsExactlyInAnyOrderEntriesOf(Map.of("visitNotes", "Fint", "placesSeen", 4L,
                "animalsWellKept", true, "grade", "good", "visitedOn", "2026-12-01"));
        assertThat(form.validate(new FormValues(Map.of("visitNotes", "x", "grade", "weak", "placesSeen", "2.5"))))
                .containsEntry("placesSeen", 2.5).doesNotContainKey("animalsWellKept");
    }

    @Test
    void badValuesAreRefusedAtTheirField() throws IOException {
        AdminFormCompletion form = new AdminFormCompletion("ipt-form:farm-visit", farmVisit());
        assertRefused(form, Map.of("grade", "good"), "visitNotes", "required");
        assertRefused(form, Map.of("visitNotes", "x", "grade", "excellent"), "grade", "invalid-choice");
        assertRefused(form, Map.of("visitNotes", "x", "grade", "good", "placesSeen", "many"), "placesSeen", "wrong-type");
        assertRefused(form, Map.of("visitNotes", "x", "grade", "good", "placesSeen", "41"), "placesSeen", "out-of-range");
        assertRefused(form, Map.of("visitNotes", "x", "grade", "good", "visitedOn", "01.12.2026"), "visitedOn", "wrong-type");
        assertRefused(form, Map.of("visitNotes", "x".repeat(501), "grade", "good"), "visitNotes", "too-long");
        assertRefused(form, Map.of("visitNotes", "x", "grade", "good", "sneaky", "1"), "sneaky", "unknown-field");
    }

    @Test
    void unusableSchemasSayWhatIsWrong() {
        assertThat(AdminFormSchema.parse("not json").findings()).extracting(AdminFormSchema.Finding::code)
                .containsExactly("invalid-form");
        assertThat(AdminFormSchema.parse("{\"components\":[{\"type\":\"textfield\",\"id\":\"F1\"}]}").findings())
                .extracting(AdminFormSchema.Finding::code, AdminFormSchema.Finding::componentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form-no-id", null),
                        org.assertj.core.groups.Tuple.tuple("field-no-key", "F1"));
        assertThat(AdminFormSchema.parse("{\"id\":\"f\",\"components\":[{\"type\":\"textfield\",\"id\":\"A\",\"key\":\"a.b\"},"
                + "{\"type\":\"textfield\",\"id\":\"B\",\"key\":\"x\"},{\"type\":\"number\",\"id\":\"C\",\"key\":\"x\"},"
                + "{\"type\":\"checklist\",\"id\":\"D\",\"key\":\"d\"},{\"type\":\"select\",\"id\":\"E\",\"key\":\"e\",\"valuesKey\":\"opts\"}]}")
                .findings()).extracting(AdminFormSchema.Finding::code).containsExactly("invalid-field-key",
                        "duplicate-field-key", "unsupported-field-type", "field-no-options");
        assertThat(AdminFormSchema.parse("{\"id\":\"f\",\"components\":[]}").findings())
                .extracting(AdminFormSchema.Finding::code).containsExactly("form-no-fields");
        assertThatThrownBy(() -> new AdminFormCompletion("ipt-form:f", AdminFormSchema.parse("{}")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyPrefixedKeysAreAdminFormKeys() {
        assertThat(AdminForms.formIdOf("ipt-form:farm-visit")).isEqualTo("farm-visit");
        assertThat(AdminForms.formIdOf("ipt-form:")).isNull();
        assertThat(AdminForms.formIdOf("ipt:describe-need")).isNull();
        assertThat(AdminForms.formIdOf(null)).isNull();
    }

    private static void assertRefused(AdminFormCompletion form, Map<String, String> values, String field, String code) {
        assertThatThrownBy(() -> form.validate(new FormValues(values))).isInstanceOfSatisfying(DomainRuleViolation.class,
                v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.code()).isEqualTo(code);
                });
    }
}
