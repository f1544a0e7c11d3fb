package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case's documents and comments over HTTP on the real WAR: a PDF uploaded (multipart), listed and
 * downloaded byte for byte with its checksum headers; a file over the limit (413) and an HTML page or
 * a program named .pdf (415) refused with nothing stored; another municipality and a farm user get 404;
 * comments newest first; uploads and comments in the case's history.
 */
@ExtendWith(ArquillianExtension.class)
class CaseDocumentsIT {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "% æøå and a high byte: \u00ff\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    @ArquillianResource
    URL deployment;

    private ApiClient officer;
    private String caseNumber;

    @BeforeEach
    void aCase() throws Exception {
        officer = new ApiClient(deployment.toURI()).as("innkjoper");
        caseNumber = officer.openCase("Dokumenttest " + System.nanoTime(), "5006", "HEALTH_AND_CARE").getString("caseNumber");
    }

    @Test
    void uploadsListsAndDownloadsTheSameBytes() throws Exception {
        Raw up = upload("innkjoper", "Avtale om dagtilbud.pdf", PDF, Map.of("title", "Rammeavtale", "category", "CONTRACT"));
        assertThat(up.status).as(up.text()).isEqualTo(201);
        JsonObject stored = json(up.text());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(stored.getString("sha256")).isEqualTo(sha256);
        assertThat(stored.getString("contentType")).isEqualTo("application/pdf");
        assertThat(stored.getJsonNumber("sizeBytes").longValue()).isEqualTo(PDF.length);
        assertThat(stored.getString("uploadedBy")).isEqualTo("innkjoper");
        assertThat(up.headers.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/documents/" + stored.getInt("id")));

        JsonArray list = officer.get("api/cases/" + caseNumber + "/documents").expect(200).array();
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getString("title")).isEqualTo("Rammeavtale");
        assertThat(list.getJsonObject(0).getString("category")).isEqualTo("CONTRACT");

        Raw down = get("innkjoper", "api/cases/" + caseNumber + "/documents/" + stored.getInt("id"));
        assertThat(down.status).isEqualTo(200);
        assertThat(down.body).isEqualTo(PDF);
        assertThat(down.headers.firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(down.headers.firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("filename*=UTF-8''Avtale%20om%20dagtilbud.pdf"));
        assertThat(down.headers.firstValue("ETag")).contains("\"" + sha256 + "\"");
        assertThat(down.headers.firstValue("Repr-Digest")).contains(
                "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(PDF)) + ":");

        // a steering-group member of the same municipality works on the case too
        assertThat(get("styre1", "api/cases/" + caseNumber + "/documents/" + stored.getInt("id")).body).isEqualTo(PDF);
        assertThat(get("innkjoper", "api/cases/" + caseNumber + "/documents/999999").status).isEqualTo(404);
    }

    @Test
    void storedBytesThatNoLongerMatchTheirChecksumAreNeverHandedOut() throws Exception {
        int id = json(upload("innkjoper", "kontrakt.pdf", PDF, Map.of("category", "CONTRACT")).text()).getInt("id");
        byte[] damaged = PDF.clone();
        damaged[12] ^= 1;
        // the database (or its disk) changes the bytes behind the application's back
        try (var db = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + System.getProperty("ipt.test.pg.port") + "/postgres", "postgres", "postgres");
             var update = db.prepareStatement("UPDATE ipt.case_document_content SET content = ? WHERE document_id = ?")) {
            update.setBytes(1, damaged);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Raw down = get("innkjoper", "api/cases/" + caseNumber + "/documents/" + id);
        assertThat(down.status).isEqualTo(500);
        assertThat(down.headers.firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(down.text()).contains("Incident").doesNotContain("%PDF");
    }

    @Test
    void refusesFilesThatAreTooLargeOrNotWhatTheySayAndStoresNothing() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Raw tooLarge = upload("innkjoper", "stor.pdf", large, Map.of());
        assertThat(tooLarge.status).as(tooLarge.text()).isEqualTo(413);
        assertThat(tooLarge.headers.firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        Raw html = upload("innkjoper", "faktura.pdf",
                "<!DOCTYPE html><html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(html.status).as(html.text()).isEqualTo(415);
        assertThat(html.text()).contains("unsupported-document-type");
        Raw exe = upload("innkjoper", "program.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, Map.of());
        assertThat(exe.status).isEqualTo(415);
        assertThat(upload("innkjoper", "tom.pdf", new byte[0], Map.of()).status).isEqualTo(400);
        assertThat(upload("innkjoper", "avtale.pdf", PDF, Map.of("category", "SECRET")).status).isEqualTo(400);
        assertThat(upload("innkjoper", "avtale.pdf", PDF, Map.of("farm", "123456784")).status).isEqualTo(400);

        assertThat(officer.get("api/cases/" + caseNumber + "/documents").expect(200).array()).isEmpty();
        assertThat(officer.get("api/cases/" + caseNumber + "/documents/1").status()).isEqualTo(404);
    }

    @Test
    void anotherMunicipalityAndAFarmUserSeeNothing() {
        JsonObject stored = json(upload("innkjoper", "referat.txt", "Referat fra oppstartsmøtet.\n".getBytes(StandardCharsets.UTF_8),
                Map.of("category", "FARM_APPROVAL", "farm", "123456785")).text());
        assertThat(stored.getString("farm")).isEqualTo("123456785");
        assertThat(stored.getString("contentType")).isEqualTo("text/plain");
        for (String outsider : new String[] {"innkjoper.kongsberg", "gard.vang"}) {
            ApiClient other = new ApiClient(URI.create(deployment.toString())).as(outsider);
            assertThat(other.get("api/cases/" + caseNumber + "/documents").status()).as(outsider).isEqualTo(404);
            assertThat(get(outsider, "api/cases/" + caseNumber + "/documents/" + stored.getInt("id")).status).as(outsider).isEqualTo(404);
            assertThat(upload(outsider, "x.pdf", PDF, Map.of()).status).as(outsider).isEqualTo(404);
            assertThat(other.post("api/cases/" + caseNumber + "/comments", Map.of("text", "hei")).status()).as(outsider).isEqualTo(404);
        }
        assertThat(officer.get("api/cases/" + caseNumber + "/documents").expect(200).array()).hasSize(1);
    }

    @Test
    void commentsNewestFirstAndTheHistoryKeepsWhoDidWhat() {
        assertThat(officer.post("api/cases/" + caseNumber + "/comments", Map.of("text", "Første kommentar")).status()).isEqualTo(201);
        ApiClient styre = new ApiClient(URI.create(deployment.toString())).as("styre1");
        JsonObject second = styre.post("api/cases/" + caseNumber + "/comments", Map.of("text", "Andre kommentar")).expect(201).object();
        assertThat(second.getString("author")).isEqualTo("styre1");
        assertThat(officer.post("api/cases/" + caseNumber + "/comments", Map.of("text", " ")).status()).isEqualTo(400);
        assertThat(officer.post("api/cases/" + caseNumber + "/comments", Map.of("text", "x".repeat(4001))).status()).isEqualTo(400);

        JsonArray comments = officer.get("api/cases/" + caseNumber + "/comments").expect(200).array();
        assertThat(comments).hasSize(2);
        assertThat(comments.getJsonObject(0).getString("text")).isEqualTo("Andre kommentar");
        assertThat(comments.getJsonObject(1).getString("author")).isEqualTo("innkjoper");

        upload("innkjoper", "referat.txt", "Referat.\n".getBytes(StandardCharsets.UTF_8), Map.of());
        JsonArray history = officer.get("api/cases/" + caseNumber + "/history").expect(200).array();
        assertThat(history.getValuesAs(JsonObject.class)).extracting(e -> e.getString("what"))
                .containsSubsequence("DOCUMENT_UPLOADED", "CASE_COMMENTED", "CASE_COMMENTED", "CASE_OPENED");
        assertThat(history.getJsonObject(0).getString("detail")).isEqualTo("referat.txt");
        assertThat(history.getJsonObject(1).getString("actor")).isEqualTo("styre1");
        assertThat(new ApiClient(URI.create(deployment.toString())).as("innkjoper.kongsberg")
                .get("api/cases/" + caseNumber + "/history").status()).isEqualTo(404);
    }

    private Raw upload(String user, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "ipt-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(uri("api/cases/" + caseNumber + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Raw get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        String base = deployment.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    private static Raw send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    private record Raw(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
