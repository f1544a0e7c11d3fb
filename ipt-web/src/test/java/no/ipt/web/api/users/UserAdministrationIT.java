package no.ipt.web.api.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins manage users over {@code /api/users} on the real WAR: a created user logs in and sees only
 * its municipality, only admins may manage (a municipality's admin only its own users), a disabled
 * user is refused at once, a stale version is a 409, bad input a 400 that changes nothing, and every
 * change is in the audit trail without the password.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final String PASSWORD = "Grønne-tun-2026";

    @ArquillianResource
    URL deployment;

    private ApiClient anonymous;
    private ApiClient admin;

    @BeforeEach
    void clients() throws Exception {
        anonymous = new ApiClient(deployment.toURI());
        admin = anonymous.as("admin");
    }

    private static String uniqueName(String prefix) {
        return prefix + "." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toLowerCase(Locale.ROOT);
    }

    private static String newUser(String username, String municipality, String... roles) {
        var body = Json.createObjectBuilder().add("username", username).add("displayName", "Test " + username)
                .add("password", PASSWORD).add("roles", Json.createArrayBuilder(List.of(roles)));
        if (municipality != null) {
            body.add("municipalityNumber", municipality);
        }
        return body.build().toString();
    }

    private JsonObject create(String username, String municipality, String... roles) {
        ApiClient.Reply created = admin.post("api/users", newUser(username, municipality, roles)).expect(201);
        assertThat(created.location()).endsWith("/api/users/" + username);
        return created.object();
    }

    private static String change(long version, String municipality, String... roles) {
        return Json.createObjectBuilder().add("version", version).add("displayName", "Endret navn")
                .add("roles", Json.createArrayBuilder(List.of(roles))).add("municipalityNumber", municipality)
                .build().toString();
    }

    private static String version(long version) {
        return Json.createObjectBuilder().add("version", version).build().toString();
    }

    private JsonArray audit(String action, String subject) {
        return admin.get("api/audit?action=" + action + "&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8))
                .expect(200).array();
    }

    @Test
    void anAdminCreatesAUserWhoLogsInAndSeesOnlyTheirMunicipality() {
        String name = uniqueName("kari");
        JsonObject created = create(name, "3303", "procurement-officer");
        assertThat(created.getString("municipalityNumber")).isEqualTo("3303");
        assertThat(created.getJsonArray("roles").getString(0)).isEqualTo("procurement-officer");
        assertThat(created.getBoolean("enabled")).isTrue();
        assertThat(created.toString()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("hash");

        ApiClient kari = anonymous.as(name, PASSWORD);
        JsonArray cases = kari.get("api/cases").expect(200).array();
        assertThat(cases).isNotEmpty();
        assertThat(cases.getValuesAs(JsonObject.class)).allMatch(c -> c.getString("municipalityNumber").equals("3303"));
        String steinkjerCase = anonymous.as("innkjoper").openCase("Ikke Kongsbergs sak", "5006", "PREVENTION")
                .getString("caseNumber");
        assertThat(kari.get("api/cases/" + steinkjerCase).status()).isEqualTo(404);
        assertThat(kari.openCase("Kongsbergs egen sak", "3303", "PREVENTION").getString("municipalityNumber"))
                .isEqualTo("3303");

        JsonArray createdEvents = audit("USER_CREATED", name);
        assertThat(createdEvents).hasSize(1);
        JsonObject event = createdEvents.getJsonObject(0);
        assertThat(event.getString("actor")).isEqualTo("admin");
        assertThat(event.getString("municipalityNumber")).isEqualTo("3303");
        assertThat(event.getString("after")).contains("procurement-officer").doesNotContain(PASSWORD)
                .doesNotContain("PBKDF2");
        assertThat(admin.get("api/users").expect(200).array().getValuesAs(JsonObject.class))
                .anyMatch(u -> u.getString("username").equals(name));
    }

    @Test
    void onlyAnAdminManagesUsersAndAMunicipalitysAdminOnlyItsOwn() {
        for (String user : List.of("innkjoper", "evaluator", "styre1", "prosjektleder", "fylke.vestland", "gard.vang")) {
            ApiClient notAdmin = anonymous.as(user);
            assertThat(notAdmin.get("api/users").status()).as(user).isEqualTo(403);
            assertThat(notAdmin.post("api/users", newUser(uniqueName("x"), "5006", "evaluator")).status()).as(user)
                    .isEqualTo(403);
            assertThat(notAdmin.post("api/users/innkjoper/disable", version(1)).status()).as(user).isEqualTo(403);
        }
        assertThat(anonymous.get("api/users").status()).isEqualTo(401);

        String localAdmin = uniqueName("admin.steinkjer");
        create(localAdmin, "5006", "admin");
        ApiClient steinkjerAdmin = anonymous.as(localAdmin, PASSWORD);
        assertThat(steinkjerAdmin.get("api/users").expect(200).array().getValuesAs(JsonObject.class))
                .isNotEmpty().allMatch(u -> "5006".equals(u.getString("municipalityNumber", null)));
        assertThat(steinkjerAdmin.get("api/users/innkjoper.kongsberg").status()).isEqualTo(404);
        assertThat(steinkjerAdmin.get("api/users/admin").status()).isEqualTo(404);
        assertThat(steinkjerAdmin.post("api/users", newUser(uniqueName("k"), "3303", "evaluator")).status())
                .isEqualTo(403);
        assertThat(steinkjerAdmin.post("api/users", newUser(uniqueName("k"), null, "admin")).status())
                .as("a municipality's admin cannot make a platform admin").isIn(400, 403);
        String evaluator = uniqueName("eva");
        assertThat(steinkjerAdmin.post("api/users", newUser(evaluator, "5006", "evaluator")).status()).isEqualTo(201);
        assertThat(audit("USER_CREATED", evaluator).getJsonObject(0).getString("actor")).isEqualTo(localAdmin);
    }

    @Test
    void aDisabledUserIsRefusedAtOnceAndAnEnabledOneComesBack() {
        // Sveio, not Steinkjer: a fourth Steinkjer steering-group member would change the quorum other tests rely on.
        String name = uniqueName("styre");
        long v = create(name, "4612", "steering-group").getJsonNumber("version").longValue();
        ApiClient member = anonymous.as(name, PASSWORD);
        member.get("api/tasks").expect(200);

        JsonObject disabled = admin.post("api/users/" + name + "/disable", version(v)).expect(200).object();
        assertThat(disabled.getBoolean("enabled")).isFalse();
        ApiClient.Reply refused = member.get("api/tasks");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        admin.post("api/users/" + name + "/enable", version(disabled.getJsonNumber("version").longValue())).expect(200);
        member.get("api/tasks").expect(200);
        assertThat(audit("USER_DISABLED", name)).hasSize(1);
        assertThat(audit("USER_DISABLED", name).getJsonObject(0).getString("before")).contains("\"enabled\":true");
        assertThat(audit("USER_ENABLED", name).getJsonObject(0).getString("after")).contains("\"enabled\":true");

        assertThat(admin.post("api/users/admin/disable",
                version(admin.get("api/users/admin").expect(200).object().getJsonNumber("version").longValue())).status())
                .as("an admin cannot lock themselves out").isEqualTo(400);
    }

    @Test
    void anEditOfAStaleVersionIs409AndChangesNothing() {
        String name = uniqueName("per");
        long v = create(name, "5006", "evaluator").getJsonNumber("version").longValue();

        JsonObject changed = admin.put("api/users/" + name, change(v, "5006", "evaluator", "project-lead"))
                .expect(200).object();
        assertThat(changed.getJsonNumber("version").longValue()).isGreaterThan(v);
        assertThat(changed.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("evaluator", "project-lead");

        ApiClient.Reply stale = admin.put("api/users/" + name, change(v, "5006", "admin"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.object().getString("detail")).contains("changed by someone else");
        assertThat(admin.post("api/users/" + name + "/disable", version(v)).status()).isEqualTo(409);
        assertThat(admin.post("api/users/" + name + "/password",
                Json.createObjectBuilder().add("version", v).add("password", "Et annet passord 9").build().toString())
                .status()).isEqualTo(409);

        JsonObject now = admin.get("api/users/" + name).expect(200).object();
        assertThat(now.getJsonNumber("version").longValue()).isEqualTo(changed.getJsonNumber("version").longValue());
        assertThat(now.getBoolean("enabled")).isTrue();
        assertThat(now.getJsonArray("roles").toString()).doesNotContain("admin");
        anonymous.as(name, PASSWORD).get("api/cases").expect(200);

        JsonObject event = audit("USER_CHANGED", name).getJsonObject(0);
        assertThat(event.getString("before")).contains("\"roles\":\"evaluator\"");
        assertThat(event.getString("after")).contains("\"roles\":\"evaluator,project-lead\"").contains("Endret navn");
        assertThat(audit("USER_CHANGED", name)).hasSize(1);
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndIsAuditedWithoutIt() {
        String name = uniqueName("ola");
        long v = create(name, "5006", "evaluator").getJsonNumber("version").longValue();
        String newPassword = "Nytt og langt passord 7";
        admin.post("api/users/" + name + "/password",
                Json.createObjectBuilder().add("version", v).add("password", newPassword).build().toString()).expect(200);
        assertThat(anonymous.as(name, PASSWORD).get("api/cases").status()).isEqualTo(401);
        anonymous.as(name, newPassword).get("api/cases").expect(200);

        JsonObject event = audit("USER_PASSWORD_RESET", name).getJsonObject(0);
        assertThat(event.toString()).doesNotContain(newPassword).doesNotContain(PASSWORD).doesNotContain("PBKDF2");
        assertThat(event.getString("after")).contains("reset");
    }

    @Test
    void badInputIs400WithTheFieldsAtFaultAndCreatesNothing() {
        String name = uniqueName("feil");
        assertField(admin.post("api/users", newUser(name, "5006", "evaluator").replace(PASSWORD, "kort")), "password");
        assertField(admin.post("api/users", newUser(name, "5006", "evaluator").replace(PASSWORD, "aaaaaaaaaaaaaaaa")),
                "password");
        assertField(admin.post("api/users", newUser(name, "5006", "wizard")), "roles");
        assertField(admin.post("api/users", newUser(name, null, "evaluator")), "municipalityNumber");
        assertField(admin.post("api/users", newUser(name, "9999", "evaluator")), "municipalityNumber");
        assertField(admin.post("api/users", newUser("Not A Name!", "5006", "evaluator")), "username");
        assertField(admin.post("api/users", newUser(name, "5006")), "roles");
        assertField(admin.post("api/users", "{\"username\":\"" + name + "\"}"), "displayName");
        assertField(admin.post("api/users", newUser("innkjoper", "5006", "evaluator")), "username");
        assertThat(admin.post("api/users", newUser(name, "5006", "evaluator").replace("{", "{\"isAdmin\":true,"))
                .status()).isEqualTo(400);
        assertThat(admin.post("api/users", "{not json").status()).isEqualTo(400);
        assertField(admin.put("api/users/innkjoper", "{\"displayName\":\"x\",\"roles\":[\"evaluator\"]}"), "version");

        assertThat(admin.get("api/users/" + name).status()).isEqualTo(404);
        assertThat(audit("USER_CREATED", name)).isEmpty();
        assertThat(admin.get("api/users/no.such.user").status()).isEqualTo(404);
    }

    private static void assertField(ApiClient.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .as(reply.body()).anyMatch(e -> e.getString("field").equals(field));
    }
}
