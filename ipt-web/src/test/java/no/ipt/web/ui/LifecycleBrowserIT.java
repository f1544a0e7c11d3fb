package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.CaseDriver;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lifecycle in the browser, through the pages and the typed task forms: an officer opens a case on
 * the cases page and describes the need, and the steering group votes it on to supplier mobilisation;
 * and a case in its tender (brought there over the API: market dialogue, farm approval, tender documents,
 * two offers, the offer deadline's timer) is qualified offer by offer, scored in the scoring matrix (a
 * cell left empty and a score of 11 are refused next to their cells), decided by the steering group,
 * the bidders are told of the award and the contract is signed; then the framework agreement is
 * registered, places are called off from the case page, a deviation is reported with a corrective action
 * and closed, the evaluation that falls due is assessed and
 * approved, the project lead ends the service and the officer terminates the agreement: the case is
 * completed. Between them, a case at supplier mobilisation is taken through the market dialogue, a
 * farm's interest, the farm approval (national status, the checklist twice, the visit, the decision) and
 * the tender's documents, notice and an offer, with the steering group's votes on the decision pages.
 * axe-core checks every new page state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleBrowserIT {

    /** Seeded Steinkjer farms (SeedCatalogue). */
    private static final String LINASVE = "910000012";
    private static final String VADAL = "910000020";

    @ArquillianResource
    URL deployment;

    @Test
    void anOfficerOpensACaseAndDescribesTheNeedAndTheSteeringGroupVotesItOn() throws Exception {
        String title = "Nettlesartest " + System.nanoTime();
        String caseNumber;
        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "index.xhtml");
            browser.waitFor(By.id("newCase:open"));
            browser.driver.findElement(By.id("newCase:title")).sendKeys(title);
            browser.assertAccessible("cases with the new-case form");
            browser.screenshot("new-case");

            // no service area: the domain's message next to the field, the title kept, nothing opened
            browser.driver.findElement(By.id("newCase:open")).click();
            browser.waitForText(By.id("serviceArea-msg"), "Velg tjenesteområde.");
            assertThat(browser.driver.findElement(By.id("newCase:title")).getAttribute("value")).isEqualTo(title);
            assertThat(browser.driver.findElement(By.id("newCase:serviceArea")).getAttribute("aria-describedby"))
                    .isEqualTo("serviceArea-msg");
            browser.assertAccessible("new-case form with a message");

            new Select(browser.driver.findElement(By.id("newCase:serviceArea"))).selectByVisibleText("Helse og omsorg");
            browser.driver.findElement(By.id("newCase:open")).click();
            browser.waitForText(By.id("messages"), "er opprettet");
            caseNumber = browser.driver.findElement(By.id("case-number")).getText();
            assertThat(browser.driver.findElement(By.id("case-stage")).getText()).isEqualTo("Behovsvurdering");

            FormJs.openForm(browser, caseNumber, "Beskriv behovet");
            FormJs.describeNeed(browser, new String[] {"2027", "01", "01"}, new String[] {"2028", "12", "31"});
            FormJs.type(browser, "Målgruppe (generelt beskrevet)", "Heimebuande eldre som treng tilbod på dagtid");
            complete(browser, caseNumber);
            browser.logout();

            steeringGroupApproves(browser, caseNumber);
            assertThat(browser.driver.findElement(By.id("case-stage")).getText()).isEqualTo("Leverandørmobilisering");
        }
        ApiClient api = new ApiClient(deployment.toURI()).as("innkjoper");
        JsonObject opened = api.getCase(caseNumber);
        assertThat(opened.getString("title")).isEqualTo(title);
        assertThat(opened.getString("stage")).isEqualTo("SUPPLIER_MOBILISATION");
    }

    @Test
    void aTenderIsAwardedAndItsAgreementFollowedUpToTheEndThroughTheForms() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        ApiClient officer = anonymous.as("innkjoper");
        ApiClient evaluator = anonymous.as("evaluator");
        String n = tenderWithTwoOffers(officer, anonymous.as("styre1"), anonymous.as("styre2"));
        CaseDriver driver = new CaseDriver(officer);
        // offers close when the deadline's timer fires
        driver.waitForTask(officer, n, "QualifyOffers", null);

        try (Browser browser = Browser.start(deployment)) {
            openAs(browser, "innkjoper", n, "Kvalifiser tilbudene");
            browser.assertAccessible("qualification, one decision per offer");
            FormJs.choose(browser, "…(" + LINASVE + "): kvalifisering", "Kvalifisert");
            FormJs.choose(browser, "…(" + VADAL + "): kvalifisering", "Kvalifisert");
            FormJs.type(browser, "Evaluatorer", "evaluator");
            complete(browser, n);
            browser.logout();

            driver.waitForTask(evaluator, n, "ScoreOffers", null);
            openAs(browser, "evaluator", n, "Poengsett tilbudene");
            browser.waitFor(By.id("score-matrix"));
            assertThat(browser.driver.findElement(By.cssSelector("#score-matrix thead")).getText())
                    .contains("Kvalitet (70 %)", "Pris (30 %)");
            assertThat(browser.driver.findElements(By.cssSelector("#score-matrix tr.offer th")))
                    .extracting(WebElement::getText).containsExactly("Linåsve\n" + LINASVE, "Vådal\n" + VADAL);
            browser.assertAccessible("score matrix");

            // live weighted totals and ranks as the evaluator types
            cell(browser, LINASVE, "Kvalitet").sendKeys("9");
            cell(browser, LINASVE, "Pris").sendKeys("7");
            cell(browser, VADAL, "Kvalitet").sendKeys("11");
            assertThat(text(browser, "total-0")).isEqualTo("8,40");
            assertThat(text(browser, "total-1")).isEqualTo("7,70");
            assertThat(text(browser, "rank-0")).isEqualTo("1");
            FormJs.type(browser, "Evaluator", "evaluator");

            // a cell left empty: its message, nothing sent
            browser.driver.findElement(By.id("task:complete")).click();
            assertThat(message(browser, VADAL, "Pris")).isEqualTo("Fyll ut feltet.");
            assertThat(evaluator.tasksOf(n).getValuesAs(JsonObject.class))
                    .extracting(t -> t.getString("taskDefinitionKey")).contains("ScoreOffers");

            cell(browser, VADAL, "Pris").sendKeys("8");
            assertThat(text(browser, "total-1")).isEqualTo("10,10");
            assertThat(text(browser, "rank-1")).isEqualTo("1");
            assertThat(text(browser, "rank-0")).isEqualTo("2");

            // the tender refuses 11: the message at that cell, the input kept, the task still open
            browser.driver.findElement(By.id("task:complete")).click();
            browser.waitForText(By.id("messages"), "Skjemaet har feil");
            browser.waitForText(By.id(cell(browser, VADAL, "Kvalitet").getAttribute("id") + "-message"),
                    "Poengsummen må være fra 0 til 10.");
            assertThat(cell(browser, VADAL, "Kvalitet").getAttribute("value")).isEqualTo("11");
            assertThat(cell(browser, VADAL, "Kvalitet").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(cell(browser, LINASVE, "Pris").getAttribute("value")).isEqualTo("7");
            assertThat(text(browser, "total-1")).isEqualTo("10,10");
            assertThat(evaluator.tasksOf(n).getValuesAs(JsonObject.class))
                    .extracting(t -> t.getString("taskDefinitionKey")).contains("ScoreOffers");
            browser.assertAccessible("score matrix with a refused cell");

            cell(browser, VADAL, "Kvalitet").clear();
            cell(browser, VADAL, "Kvalitet").sendKeys("7");
            assertThat(message(browser, VADAL, "Kvalitet")).isEmpty();
            assertThat(text(browser, "total-1")).isEqualTo("7,30");
            assertThat(text(browser, "rank-0")).isEqualTo("1");
            browser.screenshot("score-matrix");
            complete(browser, n);
            browser.logout();

            driver.waitForTask(anonymous.as("styre1"), n, "SteeringGroupDecision", null);
            steeringGroupApproves(browser, n);
            browser.logout();

            // the award stands: the bidders are told, and the contract (Part I: no standstill) is signed
            driver.waitForTask(officer, n, "NotifyBidders", null);
            openAs(browser, "innkjoper", n, "Meld tildelingen til tilbyderne");
            LocalDate today = LocalDate.now(CaseDriver.OSLO);
            FormJs.date(browser, "Varslet dato", String.valueOf(today.getYear()),
                    String.format("%02d", today.getMonthValue()), String.format("%02d", today.getDayOfMonth()));
            complete(browser, n);
            driver.waitForTask(officer, n, "SignContract", null);
            FormJs.openForm(browser, n, "Signer kontrakten");
            complete(browser, n);
        }
        driver.waitForStage(n, "FRAMEWORK_AGREEMENT");
        assertThat(officer.get("api/cases/" + n + "/decisions").expect(200).array().getValuesAs(JsonObject.class))
                .filteredOn(d -> d.getString("stage").equals("TENDER"))
                .singleElement().satisfies(d -> assertThat(d.getString("outcome")).isEqualTo("APPROVE"));

        LocalDate today = LocalDate.now(CaseDriver.OSLO);
        try (Browser browser = Browser.start(deployment)) {
            // the framework agreement with both farms in rank order; the follow-up starts beside it
            openAs(browser, "innkjoper", n, "Registrer rammeavtalen");
            FormJs.date(browser, "Avtalen gjelder fra", today);
            FormJs.date(browser, "Avtalen gjelder til", today.plusYears(2).minusDays(1));
            FormJs.choose(browser, "Tildelingsregel", "Rangering");
            FormJs.type(browser, "Leverandør 1: organisasjonsnummer", LINASVE);
            FormJs.type(browser, "Leverandør 1: pris per plass per dag (kr)", "1450");
            FormJs.type(browser, "Leverandør 1: kapasitet (plasser)", "4");
            FormJs.type(browser, "Leverandør 2: organisasjonsnummer", VADAL);
            FormJs.type(browser, "Leverandør 2: pris per plass per dag (kr)", "1390");
            FormJs.type(browser, "Leverandør 2: kapasitet (plasser)", "4");
            browser.assertAccessible("framework agreement form");
            complete(browser, n);
            driver.waitForStage(n, "FOLLOW_UP");

            // places called off: asked for on the case page, then the call-off form
            browser.open("case.xhtml?n=" + n);
            browser.waitFor(By.cssSelector("#requests input.request-CALL_OFF")).click();
            browser.waitForText(By.id("messages"), "Sendt");
            FormJs.openForm(browser, n, "Gjør et avrop");
            FormJs.date(browser, "Periode fra", today.plusDays(7));
            FormJs.date(browser, "Periode til", today.plusDays(35));
            FormJs.type(browser, "Antall plasser", "2");
            FormJs.type(browser, "Dager per uke", "2");
            complete(browser, n);

            // a deviation with a corrective action (a numbered field), followed up and closed
            browser.open("case.xhtml?n=" + n);
            browser.waitFor(By.cssSelector("#requests input.request-DEVIATION")).click();
            browser.waitForText(By.id("messages"), "Sendt");
            FormJs.openForm(browser, n, "Meld avvik med tiltak");
            FormJs.date(browser, "Meldt dato", today);
            FormJs.choose(browser, "Kategori", "Transport");
            FormJs.choose(browser, "Alvorlighet", "Høy");
            FormJs.type(browser, "Beskrivelse", "Skyssen kom ikke");
            FormJs.type(browser, "Tiltak 1: beskrivelse", "Ny skyssavtale");
            FormJs.date(browser, "Tiltak 1: frist", today.plusDays(10));
            browser.assertAccessible("deviation form");
            complete(browser, n);
            FormJs.openForm(browser, n, "Følg opp tiltakene");
            assertThat(FormJs.input(browser, "Avviksnummer").getAttribute("value")).as("the task's deviation")
                    .isEqualTo("1");
            FormJs.type(browser, "Avviksnummer", "2");
            browser.driver.findElement(By.id("task:complete")).click();
            assertThat(FormJs.errorOf(browser, "Avviksnummer")).startsWith("Denne oppgaven gjelder et annet avvik");
            assertThat(FormJs.input(browser, "Avviksnummer").getAttribute("value")).isEqualTo("1");
            FormJs.type(browser, "Utførte tiltak", "1");
            FormJs.date(browser, "Utført dato", today);
            FormJs.input(browser, "Lukk avviket").click();
            FormJs.date(browser, "Lukket dato", today);
            complete(browser, n);

            // the evaluation falls due on its timer (30 s in the tests): the officer's assessment
            driver.waitForTask(officer, n, "EvaluateService", null);
            FormJs.openForm(browser, n, "Evaluer mot dagens tilbud");
            FormJs.type(browser, "Dagens kostnad per plass per dag (kr)", "1600");
            FormJs.type(browser, "Vurdering", "Bedre tilbud til lavere kostnad per plass enn dagsenteret");
            complete(browser, n);
            browser.logout();
            driver.waitForTask(anonymous.as("styre1"), n, "SteeringGroupDecision", null);
            steeringGroupApproves(browser, n);
            browser.logout();

            // the project lead ends the service, and the officer terminates the agreement
            driver.waitForTask(anonymous.as("prosjektleder"), n, "DecideOutcome", null);
            openAs(browser, "prosjektleder", n, "Velg videre: fortsett, forleng, ny konkurranse eller avslutt");
            FormJs.choose(browser, "Utfall", "Avslutt tjenesten");
            FormJs.type(browser, "Begrunnelse", "Styringsgruppa godkjente evalueringen");
            complete(browser, n);
            browser.logout();
            driver.waitForTask(officer, n, "TerminateAgreement", null);
            openAs(browser, "innkjoper", n, "Si opp avtalen");
            FormJs.date(browser, "Oppsigelsesdato", today.plusDays(30));
            FormJs.type(browser, "Begrunnelse", "Tjenesten avsluttes etter evalueringen");
            complete(browser, n);
        }
        JsonObject concluded = CaseDriver.poll("case " + n + " completed", () -> {
            JsonObject c = officer.getCase(n);
            return "COMPLETED".equals(c.getString("status")) ? c : null;
        });
        assertThat(concluded.getString("stage")).isEqualTo("FOLLOW_UP");
        assertThat(concluded.getBoolean("processActive")).isFalse();
    }

    @Test
    void marketDialogueFarmApprovalAndTenderPreparationAreDoneThroughTheForms() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        ApiClient officer = anonymous.as("innkjoper");
        CaseDriver driver = new CaseDriver(officer);
        String n = officer.openCase("Marknad og godkjenning i nettlesaren " + System.nanoTime(), "5006",
                "HEALTH_AND_CARE").getString("caseNumber");
        driver.complete(officer, n, "DescribeNeed", null, ApiClient.need("Dagtilbod på gard for heimebuande eldre", 8));
        driver.approveByMajority(n, anonymous.as("styre1"), anonymous.as("styre2"));
        driver.waitForStage(n, "SUPPLIER_MOBILISATION");
        LocalDate today = LocalDate.now(CaseDriver.OSLO);

        try (Browser browser = Browser.start(deployment)) {
            // supplier mobilisation: the market dialogue and one farm's interest, then the steering group
            openAs(browser, "innkjoper", n, "Planlegg markedsdialogen");
            FormJs.choose(browser, "Type arrangement", "Informasjonsmøte");
            FormJs.date(browser, "Dato", today);
            FormJs.type(browser, "Sted", "Steinkjer rådhus");
            FormJs.type(browser, "Program", "Dagtilbod for eldre på gard");
            FormJs.type(browser, "Mål: antall interesserte gårder", "1");
            browser.assertAccessible("market dialogue form");
            complete(browser, n);

            FormJs.openForm(browser, n, "Registrer interesse");
            FormJs.type(browser, "Gårdens organisasjonsnummer", LINASVE);
            FormJs.choose(browser, "Tjenesteområde", "Helse og omsorg");
            FormJs.type(browser, "Antall plasser gården kan tilby", "4");
            complete(browser, n);
            browser.logout();
            steeringGroupApproves(browser, n);
            assertThat(text(browser, "case-stage")).isEqualTo("Godkjenning av gårder");
            browser.logout();

            // farm approval of Linåsve: national status, the checklist (the farm's documents, then the
            // activity's), the visit and the decision
            openAs(browser, "innkjoper", n, "Registrer nasjonal godkjenningsstatus");
            assertThat(FormJs.input(browser, "Gård (organisasjonsnummer)").getAttribute("value")).isEqualTo(LINASVE);
            FormJs.date(browser, "Inn på tunet-skolen fullført", LocalDate.of(2024, 9, 10));
            FormJs.date(browser, "Registrert", LocalDate.of(2024, 10, 1));
            FormJs.date(browser, "Egenrevisjon utført", LocalDate.of(2024, 11, 15));
            FormJs.date(browser, "Ekstern revisjon utført", LocalDate.of(2025, 1, 20));
            FormJs.date(browser, "Godkjent", LocalDate.of(2025, 2, 10));
            complete(browser, n);

            FormJs.openForm(browser, n, "Kontroller dokumentene for gården og aktivitetene");
            browser.assertAccessible("farm-approval checklist");
            FormJs.choose(browser, "Legg til aktivitet", "Helse og omsorg");
            FormJs.choose(browser, "Tema i sjekklisten", "Alle temaer");
            FormJs.date(browser, "Mottatt dato", today);
            FormJs.date(browser, "Kontrollert dato", today);
            complete(browser, n);
            // the activity's documents are not verified yet: the checklist comes back
            FormJs.openForm(browser, n, "Kontroller dokumentene for gården og aktivitetene");
            FormJs.choose(browser, "Aktivitet", "Helse og omsorg");
            FormJs.choose(browser, "Tema i sjekklisten", "Alle temaer");
            FormJs.date(browser, "Mottatt dato", today);
            FormJs.date(browser, "Kontrollert dato", today);
            complete(browser, n);

            FormJs.openForm(browser, n, "Befaring på gården");
            FormJs.date(browser, "Besøksdato", today);
            FormJs.type(browser, "Besøkt av", "Innkjøper og sykepleier");
            FormJs.type(browser, "Notater", "Tilgjengelig tun og gode rom inne");
            complete(browser, n);

            FormJs.openForm(browser, n, "Vedtak om godkjenning");
            // the reason for a rejection and the conditions of a conditional approval show with their choice
            assertThat(labels(browser)).noneMatch(l -> l.startsWith("Begrunnelse for avslag") || l.startsWith("Vilkår"));
            FormJs.choose(browser, "Vedtak", "Avslått");
            browser.driver.findElement(By.id("task:complete")).click();
            assertThat(FormJs.errorOf(browser, "Begrunnelse for avslag")).isEqualTo("Fyll ut feltet.");
            FormJs.choose(browser, "Vedtak", "Godkjent med vilkår");
            assertThat(labels(browser)).anyMatch(l -> l.startsWith("Vilkår 1"))
                    .noneMatch(l -> l.startsWith("Begrunnelse for avslag"));
            FormJs.choose(browser, "Vedtak", "Godkjent");
            assertThat(labels(browser)).noneMatch(l -> l.startsWith("Vilkår"));
            FormJs.date(browser, "Vedtaksdato", today);
            complete(browser, n);
            browser.logout();
            steeringGroupApproves(browser, n);
            browser.logout();
        }
        driver.waitForStage(n, "TENDER");

        try (Browser browser = Browser.start(deployment)) {
            // the tender: its documents (Part I, quality 70 %, price 30 %), the notice and an offer
            openAs(browser, "innkjoper", n, "Utarbeid konkurransegrunnlaget");
            FormJs.type(browser, "Kvalifikasjonskrav", "Godkjent Inn på tunet-gård");
            FormJs.date(browser, "Frist for spørsmål", today.plusDays(7));
            FormJs.date(browser, "Tilbudsfrist (dato)", today.plusDays(21));
            FormJs.time(browser, "Tilbudsfrist (klokkeslett)", "12:00");
            FormJs.type(browser, "Antall leverandører i avtalen", "1");
            FormJs.type(browser, "Vekt: Kvalitet (%)", "70");
            FormJs.type(browser, "Vekt: Pris (%)", "30");
            browser.assertAccessible("tender documents form");
            complete(browser, n);

            FormJs.openForm(browser, n, "Kunngjør konkurransen");
            FormJs.type(browser, "Kunngjøringsreferanse (Doffin)", "2026-" + (System.nanoTime() % 1_000_000));
            FormJs.date(browser, "Kunngjort dato", today);
            complete(browser, n);

            FormJs.openForm(browser, n, "Registrer tilbud");
            FormJs.type(browser, "Tilbyderens organisasjonsnummer", LINASVE);
            FormJs.date(browser, "Mottatt (dato)", today);
            FormJs.time(browser, "Mottatt (klokkeslett)", "09:00");
            complete(browser, n);
        }

        JsonObject tendered = officer.getCase(n);
        assertThat(tendered.getString("stage")).isEqualTo("TENDER");
        assertThat(tendered.getJsonArray("activeActivities").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("RegisterOffer");
    }

    /**
     * A Steinkjer case over the API up to its open tender: need, market dialogue with Linåsve interested,
     * Linåsve approved, a Part I competition (quality 70 %, price 30 %) whose offer deadline is 40 s away,
     * and offers from Linåsve and Vådal.
     */
    private static String tenderWithTwoOffers(ApiClient officer, ApiClient styre1, ApiClient styre2) {
        CaseDriver driver = new CaseDriver(officer);
        String n = officer.openCase("Anbod i nettlesaren " + System.nanoTime(), "5006", "HEALTH_AND_CARE")
                .getString("caseNumber");
        String today = LocalDate.now(CaseDriver.OSLO).toString();
        driver.complete(officer, n, "DescribeNeed", null, ApiClient.need("Dagtilbod på gard for heimebuande eldre", 8));
        driver.approveByMajority(n, styre1, styre2);
        driver.complete(officer, n, "PlanMarketDialogue", null, Map.of("eventKind", "INFORMATION_MEETING",
                "eventDate", today, "place", "Steinkjer rådhus", "agenda", "Dagtilbod for eldre", "targetInterestedFarms", 1));
        driver.complete(officer, n, "RegisterInterest", null, Map.of("organisationNumber", LINASVE,
                "serviceArea", "HEALTH_AND_CARE", "places", 4));
        driver.approveByMajority(n, styre1, styre2);
        driver.approveFarm(officer, n, LINASVE, Map.of("decision", "APPROVED"));
        driver.approveByMajority(n, styre1, styre2);
        driver.waitForStage(n, "TENDER");
        OffsetDateTime deadline = OffsetDateTime.now(CaseDriver.OSLO).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        driver.complete(officer, n, "PrepareTenderDocuments", null, Map.of("qualificationRequirements",
                "Godkjend Inn på tunet-gard", "criterion.Kvalitet", 70, "criterion.Pris", 30,
                "questionPeriodEnd", today, "offerDeadline", deadline.toString(), "suppliers", 1));
        driver.complete(officer, n, "AnnounceTender", null, Map.of("announcedOn", today));
        for (String farm : List.of(LINASVE, VADAL)) {
            driver.complete(officer, n, "RegisterOffer", null, Map.of("organisationNumber", farm,
                    "receivedAt", OffsetDateTime.now(CaseDriver.OSLO).truncatedTo(ChronoUnit.SECONDS).toString()));
        }
        return n;
    }

    /** Completes the task on the page; the case page says so. */
    private static void complete(Browser browser, String caseNumber) {
        browser.driver.findElement(By.id("task:complete")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            String messages = d.findElement(By.id("messages")).getText();
            if (d.findElements(By.cssSelector("#messages .message-error")).size() > 0) {
                throw new AssertionError(messages + " " + d.findElements(By.cssSelector("#task-form .fjs-form-field"))
                        .stream().filter(f -> !f.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty())
                        .map(WebElement::getText).toList());
            }
            return messages.contains("er fullført");
        });
        assertThat(browser.driver.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
    }

    /** The labels of the task form's fields as they are drawn now. */
    private static List<String> labels(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#task-form label")).stream().map(WebElement::getText).toList();
    }

    /** Logs in as {@code user} and opens the form of the case's task {@code name}. */
    private static void openAs(Browser browser, String user, String caseNumber, String name) {
        browser.login(user, "tasks.xhtml?case=" + caseNumber);
        FormJs.openForm(browser, caseNumber, name);
    }

    /** styre1 and styre2 approve the case's open decision on the decision page: the quorum, so it is made. */
    private static void steeringGroupApproves(Browser browser, String caseNumber) {
        vote(browser, "styre1", caseNumber, "Stemmen din er registrert.");
        vote(browser, "styre2", caseNumber, "Vedtaket er fattet: Godkjent.");
    }

    /** A steering-group member approves the case's open decision on the decision page. */
    private static void vote(Browser browser, String member, String caseNumber, String answer) {
        browser.login(member, "tasks.xhtml?case=" + caseNumber);
        FormJs.openTask(browser, caseNumber, "Styringsgruppa fatter vedtak");
        browser.waitFor(By.id("vote:approve"));
        browser.assertAccessible("decision");
        browser.driver.findElement(By.id("vote:approve")).click();
        browser.waitForText(By.id("messages"), answer);
        if (answer.startsWith("Stemmen")) {
            browser.logout();
        }
    }

    private static WebElement cell(Browser browser, String bidder, String criterion) {
        return browser.driver.findElement(By.cssSelector("#score-matrix input[data-key='score." + bidder + "." + criterion + "']"));
    }

    private static String message(Browser browser, String bidder, String criterion) {
        return text(browser, cell(browser, bidder, criterion).getAttribute("id") + "-message");
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText().strip();
    }
}
