package no.ipt.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final MunicipalityNumber STEINKJER = MunicipalityNumber.of("5006");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static UserAccount officer() {
        return new UserAccount("kari", "Kari Innkjøper", "hash", EnumSet.of(Role.PROCUREMENT_OFFICER), STEINKJER,
                null, null, NOW);
    }

    @Test
    void aMunicipalUserBelongsToItsMunicipality() {
        UserAccount kari = officer();
        assertThat(kari.municipality()).contains(STEINKJER);
        assertThat(kari.hasRole(Role.PROCUREMENT_OFFICER)).isTrue();
        assertThat(kari.isEnabled()).isTrue();
        assertThat(kari.isPlatformAdmin()).isFalse();
    }

    @Test
    void municipalRolesNeedAMunicipality() {
        assertThatThrownBy(() -> new UserAccount("kari", "Kari", "hash", EnumSet.of(Role.EVALUATOR), null, null, null, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("municipalityNumber");
    }

    @Test
    void aCountyPilotLeadNeedsAPilotAndAFarmUserAFarmAndNothingElse() {
        assertThatThrownBy(() -> new UserAccount("ragna", "Ragna", "hash", EnumSet.of(Role.COUNTY_PILOT_LEAD), null,
                " ", null, NOW)).isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("pilotName");
        assertThat(new UserAccount("ragna", "Ragna", "hash", EnumSet.of(Role.COUNTY_PILOT_LEAD), null,
                "IPT-løftet 2 Vestland", null, NOW).pilotName()).contains("IPT-løftet 2 Vestland");

        assertThatThrownBy(() -> new UserAccount("vang", "Vang gård", "hash", EnumSet.of(Role.FARM_USER), null, null,
                null, NOW)).isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("farmOrganisationNumber");
        assertThatThrownBy(() -> new UserAccount("vang", "Vang gård", "hash",
                EnumSet.of(Role.FARM_USER, Role.EVALUATOR), STEINKJER, null, OrganisationNumber.of("123456785"), NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("code").isEqualTo("farm-user-only");
    }

    @Test
    void anAdminWithoutMunicipalityAdministersThePlatform() {
        UserAccount admin = new UserAccount("admin", "Admin", "hash", EnumSet.of(Role.ADMIN), null, null, null, NOW);
        assertThat(admin.isPlatformAdmin()).isTrue();
        UserAccount localAdmin = new UserAccount("admin.steinkjer", "Admin", "hash", EnumSet.of(Role.ADMIN), STEINKJER,
                null, null, NOW);
        assertThat(localAdmin.isPlatformAdmin()).isFalse();
    }

    @Test
    void aUserNeedsARoleAndAValidUsername() {
        assertThatThrownBy(() -> new UserAccount("kari", "Kari", "hash", Set.of(), STEINKJER, null, null, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("roles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "k", "Kari", "kari nordmann", "kari'--", "-kari"})
    void refusesMalformedUsernames(String username) {
        assertThatThrownBy(() -> Username.require(username)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void rolesAreTheCandidateGroupsOfTheModels() {
        assertThat(Role.ofGroup("steering-group")).contains(Role.STEERING_GROUP_MEMBER);
        assertThat(Role.ofGroup("procurement-officer")).contains(Role.PROCUREMENT_OFFICER);
        assertThat(Role.ofGroup("nobody")).isEmpty();
    }

    @Test
    void disablingKeepsTheAccount() {
        UserAccount kari = officer();
        kari.disable();
        assertThat(kari.isEnabled()).isFalse();
        kari.enable();
        assertThat(kari.isEnabled()).isTrue();
    }

    /** A real PBKDF2 hasher from the JDK (the platform's needs a container), with few iterations for speed. */
    private static final PasswordHasher JDK_PBKDF2 = new PasswordHasher() {
        @Override
        public String hash(char[] password) {
            try {
                byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                        new javax.crypto.spec.PBEKeySpec(password, "salt-for-tests".getBytes(), 1000, 256)).getEncoded();
                return "PBKDF2WithHmacSHA256:1000:" + java.util.Base64.getEncoder().encodeToString(key);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean verify(char[] password, String hash) {
            return hash.equals(hash(password));
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"", "short-pw", "aaaaaaaaaaaaaaaa", "ababababcdcdcdcd", "my-kari-password"})
    void anAdminSetsOnlyPasswordsThatMeetThePolicy(String weak) {
        assertThatThrownBy(() -> UserAccount.register("kari", "Kari", weak.toCharArray(), JDK_PBKDF2,
                EnumSet.of(Role.EVALUATOR), STEINKJER, null, null, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("password");
        UserAccount kari = officer();
        assertThatThrownBy(() -> kari.resetPassword(weak.toCharArray(), JDK_PBKDF2))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("password");
        assertThat(kari.passwordHash()).isEqualTo("hash");
    }

    @Test
    void aRegisteredAccountKeepsOnlyTheHashAndAResetReplacesIt() {
        UserAccount kari = UserAccount.register("kari", "Kari", "lang nok passord 1".toCharArray(), JDK_PBKDF2,
                EnumSet.of(Role.EVALUATOR), STEINKJER, null, null, NOW);
        assertThat(kari.passwordHash()).doesNotContain("passord").startsWith("PBKDF2");
        assertThat(JDK_PBKDF2.verify("lang nok passord 1".toCharArray(), kari.passwordHash())).isTrue();
        kari.resetPassword("et helt annet passord!".toCharArray(), JDK_PBKDF2);
        assertThat(JDK_PBKDF2.verify("et helt annet passord!".toCharArray(), kari.passwordHash())).isTrue();
        assertThatThrownBy(() -> kari.resetPassword("abcdefghij".repeat(13).toCharArray(), JDK_PBKDF2))
                .extracting("code").isEqualTo("password-too-long");
    }

    @Test
    void anEditOfAnOlderVersionIsRefused() {
        UserAccount kari = officer();
        kari.requireVersion(0);
        assertThatThrownBy(() -> kari.requireVersion(3)).isInstanceOf(StaleUserAccountException.class)
                .hasMessageContaining("version 3");
    }
}
