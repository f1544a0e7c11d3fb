package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.shared.MunicipalityNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountRoundTripTest {

    @BeforeEach
    void empty() {
        JpaTestDatabase.inTransaction(em -> em.createNativeQuery("TRUNCATE ipt.user_account CASCADE").executeUpdate());
    }

    @Test
    void storesAndReloadsAUserWithRoles() {
        JpaTestDatabase.inTransaction(em -> {
            new JpaUserAccountRepository(em).store(new UserAccount("kari", "Kari Innkjøper", "PBKDF2WithHmacSHA256:x",
                    EnumSet.of(Role.PROCUREMENT_OFFICER, Role.EVALUATOR), MunicipalityNumber.of("5006"), null, null,
                    Instant.parse("2026-11-23T10:00:00Z")));
            return null;
        });

        UserAccount kari = JpaTestDatabase.inTransaction(em -> new JpaUserAccountRepository(em).find("kari").orElseThrow());
        assertThat(kari.roles()).containsExactlyInAnyOrder(Role.PROCUREMENT_OFFICER, Role.EVALUATOR);
        assertThat(kari.municipality()).contains(MunicipalityNumber.of("5006"));
        assertThat(kari.version()).isEqualTo(1);
        // The identity store reads groups by SQL: they are stored as the group names.
        Object groups = JpaTestDatabase.inTransaction(em -> em.createNativeQuery(
                "SELECT string_agg(role_group, ',' ORDER BY role_group) FROM ipt.user_account_role").getSingleResult());
        assertThat(groups).isEqualTo("evaluator,procurement-officer");
    }

    @Test
    void usernamesAreUnique() {
        JpaTestDatabase.inTransaction(em -> {
            new JpaUserAccountRepository(em).store(new UserAccount("kari", "Kari", "h", EnumSet.of(Role.ADMIN), null,
                    null, null, Instant.now()));
            return null;
        });
        assertThatThrownBy(() -> JpaTestDatabase.inTransaction(em -> {
            new JpaUserAccountRepository(em).store(new UserAccount("kari", "Kari 2", "h", EnumSet.of(Role.ADMIN), null,
                    null, null, Instant.now()));
            return null;
        })).isInstanceOf(RuntimeException.class);
    }
}
