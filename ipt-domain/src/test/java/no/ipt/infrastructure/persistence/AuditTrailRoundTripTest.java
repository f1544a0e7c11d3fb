package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.ipt.domain.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailRoundTripTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @BeforeEach
    void empty() {
        JpaTestDatabase.inTransaction(em -> em.createNativeQuery("TRUNCATE ipt.audit_event").executeUpdate());
    }

    private static List<AuditEvent> search(String actor, String subject, List<String> municipalities, Instant from,
                                           Instant to) {
        return JpaTestDatabase.inTransaction(em -> new JpaAuditTrail(em)
                .search(actor, null, subject, municipalities, from, to, 10));
    }

    private static void append(AuditEvent event) {
        JpaTestDatabase.inTransaction(em -> {
            new JpaAuditTrail(em).append(event);
            return null;
        });
    }

    @Test
    void searchesNewestFirstByActorSubjectMunicipalityAndTime() {
        append(new AuditEvent(T0, "kari", "CASE_OPENED", "case", "IPT-2026-00001", "5006", null, "{\"title\":\"A\"}"));
        append(new AuditEvent(T0.plusSeconds(60), "kari", "TASK_COMPLETED", "case", "IPT-2026-00001", "5006", "{}", "{}"));
        append(new AuditEvent(T0.plusSeconds(120), "ola", "CASE_OPENED", "case", "IPT-2026-00002", "3303", null, "{}"));

        List<String> all = JpaTestDatabase.inTransaction(em -> new JpaAuditTrail(em)
                .search(null, null, null, null, null, null, 10).stream().map(AuditEvent::action).toList());
        assertThat(all).containsExactly("CASE_OPENED", "TASK_COMPLETED", "CASE_OPENED");
        assertThat(search("kari", "IPT-2026-00001", List.of("5006"), T0, T0.plusSeconds(61))).hasSize(2);
        assertThat(search("kari", "IPT-2026-00001", List.of("5006"), T0.plusSeconds(1), null)).hasSize(1);
        assertThat(search(null, null, List.of("5006"), null, null)).hasSize(2);
        assertThat(search(null, null, List.of(), null, null)).isEmpty();
    }

    @Test
    void theTrailCannotBeRewritten() {
        append(new AuditEvent(T0, "kari", "CASE_OPENED", "case", "IPT-2026-00001", "5006", null, "{}"));
        assertThatThrownBy(() -> JpaTestDatabase.inTransaction(em -> em.createNativeQuery(
                "UPDATE ipt.audit_event SET actor = 'someone-else'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> JpaTestDatabase.inTransaction(em -> em.createNativeQuery(
                "DELETE FROM ipt.audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(search(null, null, null, null, null).get(0).actor()).isEqualTo("kari");
    }

    @Test
    void aVeryLongStateIsClippedNotRefused() {
        append(new AuditEvent(T0, "kari", "TASK_COMPLETED", "case", "IPT-2026-00001", "5006", null, "x".repeat(9000)));
        assertThat(search(null, null, null, null, null).get(0).after()).hasSize(AuditEvent.MAX_DETAIL);
    }
}
