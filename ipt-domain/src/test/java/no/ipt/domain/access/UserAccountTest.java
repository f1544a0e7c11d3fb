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
}
