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

    @Test
    void findsTheEnabledMembersOfARoleInAMunicipality() {
        JpaTestDatabase.inTransaction(em -> {
            JpaUserAccountRepository users = new JpaUserAccountRepository(em);
            users.store(new UserAccount("styre1", "S1", "h", EnumSet.of(Role.STEERING_GROUP_MEMBER),
                    MunicipalityNumber.of("5006"), null, null, Instant.now()));
            users.store(new UserAccount("styre2", "S2", "h", EnumSet.of(Role.STEERING_GROUP_MEMBER, Role.EVALUATOR),
                    MunicipalityNumber.of("5006"), null, null, Instant.now()));
            UserAccount gone = new UserAccount("styre3", "S3", "h", EnumSet.of(Role.STEERING_GROUP_MEMBER),
                    MunicipalityNumber.of("5006"), null, null, Instant.now());
            gone.disable();
            users.store(gone);
            users.store(new UserAccount("styre.kongsberg", "K", "h", EnumSet.of(Role.STEERING_GROUP_MEMBER),
                    MunicipalityNumber.of("3303"), null, null, Instant.now()));
            users.store(new UserAccount("kari", "K", "h", EnumSet.of(Role.PROCUREMENT_OFFICER),
                    MunicipalityNumber.of("5006"), null, null, Instant.now()));
            return null;
        });
        java.util.List<String> members = JpaTestDatabase.inTransaction(em -> new JpaUserAccountRepository(em)
                .findEnabledWithRole(Role.STEERING_GROUP_MEMBER, MunicipalityNumber.of("5006")).stream()
                .map(UserAccount::username).toList());
        assertThat(members).containsExactly("styre1", "styre2");
    }

    @Test
    void changingOnlyTheRolesBumpsTheVersionSoAStaleEditIsNoticed() {
        JpaTestDatabase.inTransaction(em -> {
            new JpaUserAccountRepository(em).store(new UserAccount("kari", "Kari", "h",
                    EnumSet.of(Role.PROCUREMENT_OFFICER), MunicipalityNumber.of("5006"), null, null, Instant.now()));
            return null;
        });
        JpaTestDatabase.inTransaction(em -> {
            JpaUserAccountRepository users = new JpaUserAccountRepository(em);
            UserAccount kari = users.find("kari").orElseThrow();
            kari.assign(EnumSet.of(Role.EVALUATOR), MunicipalityNumber.of("5006"), null, null);
            users.store(kari);
            return null;
        });
        UserAccount kari = JpaTestDatabase.inTransaction(em -> new JpaUserAccountRepository(em).find("kari").orElseThrow());
        assertThat(kari.roles()).containsExactly(Role.EVALUATOR);
        assertThat(kari.version()).isEqualTo(2);
        assertThatThrownBy(() -> kari.requireVersion(1)).isInstanceOf(no.ipt.domain.access.StaleUserAccountException.class);
    }
}
