package no.ipt.domain.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.SteeringRole;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;

/**
 * The demo reference data of the seed documents as domain objects. Every instance builds fresh,
 * unmanaged objects; the Vestland plan refers to the Vestland pilot of the same instance.
 */
public class SeedCatalogue {

    public static final String VESTLAND_PILOT = "IPT-løftet 2 Vestland";
    public static final String OSLO_AND_VIKEN_PILOT = "IPT-løftet 2 Oslo og Viken";
    public static final String NORDLAND_PILOT = "IPT-løftet 2 Nordland";
    public static final String VESTLAND_PLAN_TITLE = "Inn på tunet i kommunen sitt mangfoldige tenestetilbod."
            + " Inn på tunet som alternativt tilbod innan psykiatri, rus og arbeidstrening";
    public static final MunicipalityNumber STEINKJER = MunicipalityNumber.of("5006");

    private static final LocalDate REFORM_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate REFORM_2024 = LocalDate.of(2024, 1, 1);
    /** IPT-løftet 2 pilots ran 2021–2022 (seed 002); Vestland started in November 2020 (seed 004). */
    private static final Period PILOT_PERIOD = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
    private static final Period VESTLAND_PERIOD = Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30));

    private final List<Municipality> municipalities;
    private final List<Farm> farms;
    private final Pilot vestlandPilot;
    private final List<Pilot> pilots;
    private final ProjectPlan vestlandPlan;

    public SeedCatalogue() {
        municipalities = List.of(
                municipality("5006", "Steinkjer", "Trøndelag", REFORM_2020),
                municipality("4612", "Sveio", "Vestland", REFORM_2020),
                municipality("3303", "Kongsberg", "Buskerud", REFORM_2024),
                municipality("4613", "Bømlo", "Vestland", REFORM_2020),
                municipality("4649", "Stad", "Vestland", REFORM_2020),
                municipality("3107", "Fredrikstad", "Østfold", REFORM_2024),
                municipality("3326", "Hemsedal", "Buskerud", REFORM_2024),
                municipality("3222", "Lørenskog", "Akershus", REFORM_2024),
                municipality("3316", "Modum", "Buskerud", REFORM_2024),
                // 0301 is far older than 2020; the catalogue goes back only to the reforms it depends on.
                municipality("0301", "Oslo", "Oslo", REFORM_2020));

        // Organisation, producer numbers and enterprise names are SYNTHETIC demo values: the seed
        // (000) names only the farms. They pass the checks but belong to no real enterprise.
        farms = List.of(
                steinkjerFarm("910000012", "5006900001", "Linåsve"),
                steinkjerFarm("910000020", "5006900002", "Vådal"),
                steinkjerFarm("910000039", "5006900003", "Landsem"),
                steinkjerFarm("910000047", "5006900004", "Tømmerdalsaunet"),
                steinkjerFarm("910000055", "5006900005", "Brattlia"),
                steinkjerFarm("910000063", "5006900006", "Vang"));
        // Steinkjer buys school, psychiatry, dementia, special-needs and refugee services from these
        // farms, but the seed only says which farm delivers what for Vang (Binde school's GSPR).
        farms.get(5).offer(ServiceArea.SCHOOL_AND_UPBRINGING);

        vestlandPilot = Pilot.running(VESTLAND_PILOT, "Vestland", ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH,
                VESTLAND_PERIOD, "Ragna Flotve", numbers("4613", "4649"));
        scheduleVestlandReports(vestlandPilot);
        pilots = List.of(
                vestlandPilot,
                // Oslo takes part through its district (bydel) Nordre Aker.
                Pilot.running(OSLO_AND_VIKEN_PILOT, "Oslo og Viken", ServiceArea.HEALTH_AND_CARE, PILOT_PERIOD,
                        "Hege Lunde Aae", numbers("3107", "3326", "3222", "3316", "0301")),
                // Seed 003 names no Nordland municipality, so the demo keeps the pilot recruiting.
                Pilot.recruiting(NORDLAND_PILOT, "Nordland", ServiceArea.SCHOOL_AND_UPBRINGING, PILOT_PERIOD,
                        "Ingrid Roaldsen"));

        vestlandPlan = vestlandPlan(vestlandPilot);
    }

    private static Municipality municipality(String number, String name, String county, LocalDate validFrom) {
        return new Municipality(MunicipalityNumber.of(number), name, county, validFrom);
    }

    private static Farm steinkjerFarm(String organisationNumber, String producerNumber, String name) {
        return new Farm(OrganisationNumber.of(organisationNumber), name + " gård", name, producerNumber, STEINKJER,
                FarmKind.WORKING_FARM);
    }

    private static List<MunicipalityNumber> numbers(String... values) {
        return Arrays.stream(values).map(MunicipalityNumber::of).toList();
    }

    /**
     * The reporting lines of seed 004's schedule table. Its header is lost; the status line has X
     * in the 5th and 10th of 13 columns and the final-report line in the 13th. Thirteen columns
     * fit the pilot period November 2020 – November 2022 as two-month columns (Nov–Dec 2020,
     * Jan–Feb 2021, …, Sep–Oct 2022, and November 2022 last), so the status reports fall in
     * July–August 2021 and May–June 2022 – one for each funded year – and the final report in
     * November 2022. Each report is due on the last day of its column.
     */
    private static void scheduleVestlandReports(Pilot pilot) {
        pilot.scheduleStatusReport(LocalDate.of(2021, 8, 31));
        pilot.scheduleStatusReport(LocalDate.of(2022, 6, 30));
        pilot.scheduleFinalReport(LocalDate.of(2022, 11, 30));
    }

    /** Section 7 "Økonomi" of seed 004, cell by cell; an empty cell in the seed has no line. */
    private static ProjectPlan vestlandPlan(Pilot pilot) {
        ProjectPlan plan = new ProjectPlan(VESTLAND_PLAN_TITLE, "Fylkesmannen i Vestland", "Ragna Flotve",
                VESTLAND_PERIOD, Money.nok(750_000));
        plan.linkToPilot(pilot);
        Table budget = plan::addBudgetLine;
        Table financing = plan::addFinancingLine;
        row(budget, "Prosjektleiing - FMVL", "20 % stilling fordelt i perioden", 50_000L, 150_000L, 150_000L);
        row(budget, "Prosjektoppfølgning - innleid konsulent", "10 % stilling fordelt i perioden",
                null, 75_000L, 75_000L);
        row(budget, "Lokal prosjektleiing og - oppfølging, Stad", "35 % stilling total fordelt i perioden",
                null, 260_000L, 260_000L);
        row(budget, "Lokal prosjektleiing og - oppfølging, Bømlo", "35 % stilling totalt fordelt i perioden",
                null, 260_000L, 260_000L);
        row(budget, "Prosjektoppfølgning - andre", "Timesverk frå andre avdelingar i FM, VLFK",
                null, 35_000L, 35_000L);
        row(budget, "Utviklingsarbeid - IPT-leverandørar",
                "Rettleiing, mentorhjelp, utviklingsarbeid retta mot bedriftene, FMVL, IN, andre",
                null, 95_000L, 95_000L);
        // The seed lists this line with "-" and no yearly amount; kept at NOK 0 in phase 1 (2021),
        // when ordering competence is built, so the plan still shows it.
        row(budget, "Utviklingshjelp - kommunar", "Kompetanseheving i regi av KS om aktuelt", null, 0L, null);
        row(budget, "Reiser og møteverksemd - prosjektleiar FMVL", null, null, 10_000L, 10_000L);
        row(budget, "Reiser og møteverksemd - pilotkomm. og ekstern kompetanse",
                "Reisekostnader og møteverksemd for andre eksl. Prosjektleiar FMVL", null, 30_000L, 30_000L);

        row(financing, "Fylkesmannen i Vestland, landbruksavdelinga", "Eige arbeid", 50_000L, 150_000L, 150_000L);
        row(financing, "Fylkesmannen i Vestland, andre avd., VLFK", "Eige arbeid", null, 35_000L, 35_000L);
        row(financing, "Landbruksdirektoratet", "Pilotmidlar", null, 730_000L, 730_000L);
        describeVestlandProject(plan);
        analyseVestlandRisks(plan);
        return plan;
    }

    /** Sections 1.2 (goals), 2 (phases) and 3.2 (steering group) of seed 004. */
    private static void describeVestlandProject(ProjectPlan plan) {
        plan.addGoal("Kartlegge og samle erfaringar frå pilotkommunane i prosessen fram mot kjøp av IPT-tenester"
                + " retta mot brukarar innan psykisk helse, rusomsorg og arbeidstrening, som grunnlag for å"
                + " identifisere viktige problemstillingar kommunane som kjøparar må løyse");
        plan.addGoal("Skape eit meir tilpassa tenestetilbod ved hjelp av etablering av IPT-tenester som erstattar"
                + " og betrar noverande tilbod til brukarane");
        // "Fase 1 - 2021" and "Fase 2 - 2022"; the project ends in November 2022, so phase 2 does too.
        plan.addPhase("Fase 1", Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                "Finne frem til aktuelle brukargrupper og tilbydarar, kartlegge mogelegheiter og utfordringar,"
                        + " arbeid opp mot mogelege Inn på tunet-gardar (kartlegging, godkjenning og bygging av"
                        + " kvalitetstilbod), kompetanseheving innan kjøp av tenester i kommunen, få på plass godt,"
                        + " tverrfagleg samarbeid");
        plan.addPhase("Fase 2", Period.of(LocalDate.of(2022, 1, 1), VESTLAND_PERIOD.end()),
                "Konkret arbeid med kjøp av Inn på tunet-teneste; organisering, omfang og innhald, oppfølging"
                        + " og evaluering");
        plan.addSteeringGroupMember("Bjørn Harald Haugsvær", SteeringRole.CHAIR,
                "ass. landbruksdirektør, Fylkesmannen i Vestland");
        plan.addSteeringGroupMember("Kjersti Sognnes", SteeringRole.MEMBER,
                "seniorrådgjevar, avdeling Nærings- og samfunnsutvikling, Vestland fylkeskommune");
        plan.addSteeringGroupMember("Øystein Breirem Jacobsen", SteeringRole.MEMBER,
                "seksjonsleder Helse, sosial og barnevern, Fylkesmannen i Vestland");
        plan.addSteeringGroupMember("Ragna Flotve", SteeringRole.SECRETARY, "prosjektleder, Fylkesmannen i Vestland");
    }

    /**
     * Section 5.1 of seed 004, "Kritiske risikofaktorer og tiltak". The seed scores no risk: the
     * likelihood and consequence here are SYNTHETIC demo scores read from its wording ("avgjerande"
     * and "grunnleggande" give consequence 5, "kan medverke" likelihood 3). The seed's text stops
     * before the measures of risk 4; its measure is the plan's own budget line for that work
     * ("Utviklingsarbeid - IPT-leverandørar") and phase 1's work with the farms.
     */
    private static void analyseVestlandRisks(ProjectPlan plan) {
        plan.addRisk("Forankring og samarbeidsvilje på tvers av fagområda",
                "Forankringsarbeidet i dei kommunale organisasjonane er avgjerande for at ein greier å gjennomføre"
                        + " arbeidet. Vidare er dette eit prosjekt som krev stort tverrfagleg samarbeid med fagområde"
                        + " som har ulike føresetnader og brukarar som til dømes helse og landbruk.", 3, 5,
                List.of("At lokal prosjektleiar og arbeidsgruppe i kommunane får tilstrekkeleg tid til å arbeide med"
                                + " prosjektet gjennom at det vert avsett ressursar i organisasjonen og at dette er"
                                + " avklara i avtale og at det vert gjeve tilskot frå L-dir.",
                        "Prosjektleiar hos fylkesmannen er tett på og støttar oppunder det lokale arbeidet, og"
                                + " leiinga i kommunen er med og motiverer gjennom prosjektarbeidet."));
        plan.addRisk("Økonomi",
                "Utfordrande kommuneøkonomi kan medverke til at ein ikkje ser seg rom for å arbeide tilstrekkeleg"
                        + " med prosjektet eller å kjøpe tenestene om dei vert vurdert som gode nok.", 3, 4,
                List.of("Prosjektmidlar frå L-dir er med å sikre ressursar til å arbeide godt lokalt og få nok rom til"
                                + " å gjere gode kvalitative vurderingar og utvikling av tenestene.",
                        "Ein god budsjettprosess kommunalt som også forankrar arbeidet hos dei folkevalde i"
                                + " kommunane."));
        plan.addRisk("Prosjektleiing og kjennskap til Inn på tunet",
                "At lokale arbeidsressursar har kompetanse eller får auka kompetanse i prosjektarbeid er viktig for"
                        + " at arbeidet går framover og at ein held fokus. God kompetanse om kva Inn på tunet er og"
                        + " kan nyttast til er også viktig for at ein lukkast med å få implementert tenesta i drifta.",
                3, 3,
                List.of("God kompetanse på prosessleiing og prosjektarbeid hos fylkesmannen som kan medverke til auka"
                                + " kompetanse hos lokale prosjektleiarar i kommunane.",
                        "Kompetanseheving frå eksterne om det er trong for ytterlegare kunnskap.",
                        "Fylkesmannen medverkar til god kunnskap om IPT som tenesteområde, og til kunnskapsheving og"
                                + " erfaringsoverføring frå etablerte IPT-leverandørar og kjøparkommunar."));
        plan.addRisk("Mobilisering, utvikling og kvalitetssikring av leverandørane",
                "Å få til engasjement og ynskje om utvikling og levering av IPT-tenester frå landbruksnæringa er"
                        + " grunnleggande for å få til IPT-tenester.", 3, 5,
                List.of("Utviklingsarbeid retta mot IPT-leverandørane: rettleiing, mentorhjelp og utviklingsarbeid"
                                + " retta mot bedriftene (FMVL, Innovasjon Norge, andre).",
                        "Arbeid opp mot mogelege Inn på tunet-gardar i fase 1: kartlegging, godkjenning og bygging"
                                + " av kvalitetstilbod."));
    }

    /** Adds a line of a budget or financing table. */
    @FunctionalInterface
    private interface Table {
        void add(String label, int year, Money amount, String comment);
    }

    /** One row of a seed table: amounts for 2020, 2021, 2022; {@code null} for an empty cell. */
    private static void row(Table table, String label, String comment, Long... amountsFrom2020) {
        for (int i = 0; i < amountsFrom2020.length; i++) {
            if (amountsFrom2020[i] != null) {
                table.add(label, 2020 + i, Money.nok(amountsFrom2020[i]), comment);
            }
        }
    }

    /** The ten municipalities the seeds mention, with their 2024 numbers. */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /** The six farms Steinkjer buys from (seed 000). */
    public List<Farm> farms() {
        return farms;
    }

    /** Vestland, Oslo og Viken (running) and Nordland (recruiting). */
    public List<Pilot> pilots() {
        return pilots;
    }

    public Pilot vestlandPilot() {
        return vestlandPilot;
    }

    public List<ProjectPlan> projectPlans() {
        return List.of(vestlandPlan);
    }

    /** The Vestland plan of seed 004: NOK 1,880,000, balanced year by year. */
    public ProjectPlan vestlandProjectPlan() {
        return vestlandPlan;
    }
}
