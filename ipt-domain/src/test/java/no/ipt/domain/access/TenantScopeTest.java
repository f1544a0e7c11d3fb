package no.ipt.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

    private static final MunicipalityNumber STEINKJER = MunicipalityNumber.of("5006");
    private static final MunicipalityNumber BOMLO = MunicipalityNumber.of("4613");
    private static final MunicipalityNumber STAD = MunicipalityNumber.of("4649");
    private static final Instant NOW = Instant.now();

    @Test
    void aMunicipalUserSeesOnlyItsOwnMunicipality() {
        UserAccount kari = new UserAccount("kari", "Kari", "h", EnumSet.of(Role.PROCUREMENT_OFFICER), STEINKJER, null,
                null, NOW);
        TenantScope scope = TenantScope.of(kari, List.of());
        assertThat(scope.includes(STEINKJER)).isTrue();
        assertThat(scope.includes(BOMLO)).isFalse();
        assertThat(scope.isAll()).isFalse();
    }

    @Test
    void aCountyPilotLeadSeesThePilotsMunicipalitiesAndNothingElse() {
        UserAccount ragna = new UserAccount("ragna", "Ragna", "h", EnumSet.of(Role.COUNTY_PILOT_LEAD), null,
                "IPT-løftet 2 Vestland", null, NOW);
        TenantScope scope = TenantScope.of(ragna, List.of(BOMLO, STAD));
        assertThat(scope.includes(BOMLO)).isTrue();
        assertThat(scope.includes(STAD)).isTrue();
        assertThat(scope.includes(STEINKJER)).isFalse();
        assertThat(scope.municipalityNumbers()).containsExactly("4613", "4649");
    }

    @Test
    void aPlatformAdminSeesAllAndAFarmUserNoBuyersCases() {
        UserAccount admin = new UserAccount("admin", "Admin", "h", EnumSet.of(Role.ADMIN), null, null, null, NOW);
        assertThat(TenantScope.of(admin, List.of()).includes(BOMLO)).isTrue();
        UserAccount vang = new UserAccount("vang", "Vang", "h", EnumSet.of(Role.FARM_USER), null, null,
                OrganisationNumber.of("123456785"), NOW);
        assertThat(TenantScope.of(vang, List.of()).includes(STEINKJER)).isFalse();
        assertThat(TenantScope.of(vang, List.of())).isEqualTo(TenantScope.none());
        assertThat(TenantScope.of(List.of())).isEqualTo(TenantScope.none());
    }
}
