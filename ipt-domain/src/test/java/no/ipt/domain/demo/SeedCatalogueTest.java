package no.ipt.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotStatus;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.project.PlanLine;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import org.junit.jupiter.api.Test;

class SeedCatalogueTest {

    private final SeedCatalogue catalogue = new SeedCatalogue();

    @Test
    void theVestlandPlanBalancesAtOneMillionEightHundredAndEightyThousand() {
        ProjectPlan plan = catalogue.vestlandProjectPlan();
        assertThat(plan.budgetTotal()).isEqualTo(Money.nok(1_880_000));
        assertThat(plan.financingTotal()).isEqualTo(Money.nok(1_880_000));
        assertThat(plan.budgetTotal(2020)).isEqualTo(Money.nok(50_000));
        assertThat(plan.budgetTotal(2021)).isEqualTo(Money.nok(915_000));
        assertThat(plan.budgetTotal(2022)).isEqualTo(Money.nok(915_000));
        assertThat(plan.years()).containsExactly(2020, 2021, 2022);
        assertThat(plan.isBalanced()).isTrue();
        plan.requireBalanced();
    }

    @Test
    void theVestlandPlanHasTheSeedsLinesAndSources() {
        ProjectPlan plan = catalogue.vestlandProjectPlan();
        assertThat(plan.budgetLines().stream().map(PlanLine::label).distinct()).hasSize(9);
        assertThat(plan.budgetLines()).contains(
                new PlanLine("Lokal prosjektleiing og - oppfølging, Stad", 2022, Money.nok(260_000),
                        "35 % stilling total fordelt i perioden"),
                new PlanLine("Reiser og møteverksemd - prosjektleiar FMVL", 2021, Money.nok(10_000), null));
        assertThat(plan.financingLines()).hasSize(7).contains(
                new PlanLine("Landbruksdirektoratet", 2021, Money.nok(730_000), "Pilotmidlar"));
        assertThat(plan.financingLines().stream().filter(l -> l.label().equals("Landbruksdirektoratet"))
                .map(PlanLine::amount).reduce(Money.ZERO, Money::add)).isEqualTo(Money.nok(1_460_000));
        assertThat(plan.fullTimeEquivalentRate()).isEqualTo(Money.nok(750_000));
        assertThat(plan.projectLead()).isEqualTo("Ragna Flotve");
        assertThat(plan.period().start()).isEqualTo(LocalDate.of(2020, 11, 1));
        assertThat(plan.pilot()).contains(catalogue.vestlandPilot());
    }

    @Test
    void hasTheTenMunicipalitiesWithTheir2024Numbers() {
        assertThat(catalogue.municipalities()).extracting(Municipality::name).containsExactly("Steinkjer", "Sveio",
                "Kongsberg", "Bømlo", "Stad", "Fredrikstad", "Hemsedal", "Lørenskog", "Modum", "Oslo");
        assertThat(catalogue.municipalities()).filteredOn(m -> m.name().equals("Kongsberg")).singleElement()
                .satisfies(m -> {
                    assertThat(m.number()).isEqualTo(MunicipalityNumber.of("3303"));
                    assertThat(m.numberValidFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
                });
    }

    @Test
    void hasSteinkjersSixFarmsWithValidSyntheticIdentifiers() {
        assertThat(catalogue.farms()).extracting(Farm::displayName)
                .containsExactly("Linåsve", "Vådal", "Landsem", "Tømmerdalsaunet", "Brattlia", "Vang");
        assertThat(catalogue.farms()).allSatisfy(farm -> {
            assertThat(farm.municipality()).isEqualTo(SeedCatalogue.STEINKJER);
            assertThat(farm.isEligibleForApproval()).isTrue();
        });
        assertThat(catalogue.farms()).extracting(Farm::organisationNumber).doesNotHaveDuplicates();
        assertThat(catalogue.farms().get(5).serviceAreas()).containsExactly(ServiceArea.SCHOOL_AND_UPBRINGING);
    }

    @Test
    void hasThePilotsOfTheSeeds() {
        assertThat(catalogue.pilots()).extracting(Pilot::name).containsExactly(SeedCatalogue.VESTLAND_PILOT,
                SeedCatalogue.OSLO_AND_VIKEN_PILOT, SeedCatalogue.NORDLAND_PILOT);
        assertThat(catalogue.vestlandPilot().municipalities()).extracting(MunicipalityNumber::value)
                .containsExactly("4613", "4649");
        assertThat(catalogue.pilots().get(1).municipalities()).hasSize(5).contains(MunicipalityNumber.of("0301"));
        assertThat(catalogue.pilots().get(1).projectLead()).isEqualTo("Hege Lunde Aae");
        assertThat(catalogue.pilots().get(2).status()).isEqualTo(PilotStatus.RECRUITING);
        assertThat(catalogue.pilots().get(2).projectLead()).isEqualTo("Ingrid Roaldsen");
    }

    @Test
    void everyPilotMunicipalityIsInTheCatalogue() {
        var known = catalogue.municipalities().stream().map(Municipality::number).toList();
        assertThat(catalogue.pilots()).flatExtracting(Pilot::municipalities).isSubsetOf(known);
    }
}
