import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times every main page of a running IPT instance with its demo data, as the browser has them: each demo
 * user logs in through the login form and keeps the session cookie; the pages (and the PDF/XLSX downloads,
 * with the same session) are fetched one request at a time, {@code --warmup} unmeasured calls each, then
 * {@code --rounds} measured. Prints per page the size, median and max ms, and flags a median or a max over
 * {@code --limit} ms (300). JDK only: {@code java bench/PageTimes.java --url http://127.0.0.1:8080/}; only
 * 127.0.0.1/localhost. Reads only (GETs), so it can run against an instance in use.
 */
public class PageTimes {

    private static final Pattern CASE_LINK = Pattern.compile("case\\.xhtml\\?n=([A-Z]+-\\d{4}-\\d+)");
    private static final Pattern TASK_LINK = Pattern.compile("task\\.xhtml\\?id=([^\"&]+)");
    private static final Pattern DECISION_LINK = Pattern.compile("href=\"([^\"]*decision\\.xhtml\\?[^\"]+)\"");
    private static final Pattern FARM_LINK = Pattern.compile("farm\\.xhtml\\?org=(\\d{9})");
    private static final Pattern MODEL_LINK = Pattern.compile("model\\.xhtml\\?id=([^\"&]+)");

    private final URI base;
    private final int warmup;
    private final int rounds;
    private final long limit;
    private final Map<String, HttpClient> sessions = new LinkedHashMap<>();
    private final List<String> slow = new ArrayList<>();

    private PageTimes(URI base, int warmup, int rounds, long limit) {
        this.base = base;
        this.warmup = warmup;
        this.rounds = rounds;
        this.limit = limit;
    }

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080/");
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("only a local instance: " + base);
        }
        PageTimes times = new PageTimes(base, Integer.parseInt(arg(args, "--warmup", "5")),
                Integer.parseInt(arg(args, "--rounds", "15")), Long.parseLong(arg(args, "--limit", "300")));
        times.run();
    }

    private void run() throws Exception {
        System.out.printf("Pages of %s: %d warm-up + %d measured calls each, one at a time; flag > %d ms%n",
                base, warmup, rounds, limit);
        System.out.printf("%-62s %9s %8s %8s%n", "user page", "bytes", "median", "max");
        time("innkjoper", "");
        time("innkjoper", "tasks.xhtml");
        // every demo case, as the officer of its municipality (the county lead for the pilot's)
        Set<String> tasks = new LinkedHashSet<>();
        for (String user : List.of("innkjoper", "innkjoper.kongsberg", "fylke.vestland")) {
            for (String caseNumber : all(get(user, ""), CASE_LINK)) {
                tasks.addAll(all(time(user, "case.xhtml?n=" + caseNumber), TASK_LINK));
            }
        }
        // every task form the officer sees on the case pages (the score matrix, the checklist ... differ in size)
        tasks.forEach(id -> time("innkjoper", "task.xhtml?id=" + id));
        // the decision page is a protected view: only the application's own link (with the token) opens it
        for (String caseNumber : all(get("styre1", ""), CASE_LINK)) {
            Matcher decision = DECISION_LINK.matcher(get("styre1", "case.xhtml?n=" + caseNumber));
            if (decision.find()) {
                time("styre1", decision.group(1).replace("&amp;", "&").replaceFirst("^.*?decision\\.xhtml", "decision.xhtml"));
            }
        }
        time("styre1", "decisions.xhtml");
        String farms = time("innkjoper", "farms.xhtml");
        time("innkjoper", "farms.xhtml?name=g");
        for (String org : all(farms, FARM_LINK).stream().limit(3).toList()) {
            time("innkjoper", "farm.xhtml?org=" + org);
        }
        for (String user : List.of("innkjoper", "styre1", "fylke.vestland", "admin")) {
            time(user, "dashboard.xhtml");
        }
        String pilot = first(get("fylke.vestland", "api/pilots"), "\"id\":(\\d+)");
        time("fylke.vestland", "dashboard.xhtml?show=pilot-" + pilot);
        // the downloads, with the same session as the dashboard's links
        String binde = first(get("innkjoper", "api/cases"),
                "\\{[^{}]*\"caseNumber\":\"([^\"]+)\"[^{}]*Binde skole[^{}]*\\}");
        String decisionId = first(get("innkjoper", "api/cases/" + binde + "/decisions"), "\"id\":(\\d+)");
        time("innkjoper", "api/cases/" + binde + "/decisions/" + decisionId + "/pdf");
        time("fylke.vestland", "api/pilots/" + pilot + "/report.pdf");
        time("fylke.vestland", "api/plans/" + first(get("fylke.vestland", "api/plans"), "\"id\":(\\d+)") + "/budget.xlsx");
        time("innkjoper", "api/farms.xlsx");
        time("innkjoper", "api/agreements.xlsx");
        // the admin pages
        String models = time("admin", "admin/models.xhtml");
        String model = first(models, MODEL_LINK.pattern());
        time("admin", "admin/model.xhtml?id=" + model);
        time("admin", "admin/modeler.xhtml?id=" + model);
        time("admin", "admin/migration.xhtml");
        time("admin", "admin/form-editor.xhtml");
        time("admin", "admin/incidents.xhtml");
        time("admin", "admin-users.xhtml");
        time("admin", "admin-audit.xhtml");
        System.out.println(slow.isEmpty() ? "PAGES all within " + limit + " ms (median and max)"
                : "PAGES over " + limit + " ms: " + String.join("; ", slow));
    }

    /** Times {@code path} as {@code user}; returns its last body. */
    private String time(String user, String path) {
        try {
            HttpClient session = session(user);
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).build();
            for (int i = 0; i < warmup; i++) {
                check(user, path, session.send(request, HttpResponse.BodyHandlers.ofByteArray()));
            }
            long[] ms = new long[rounds];
            byte[] body = new byte[0];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = session.send(request, HttpResponse.BodyHandlers.ofByteArray());
                ms[i] = (System.nanoTime() - start) / 1_000_000;
                body = check(user, path, response).body();
            }
            Arrays.sort(ms);
            long median = ms[(ms.length - 1) / 2];
            long max = ms[ms.length - 1];
            String name = user + " /" + (path.length() > 48 ? path.substring(0, 45) + "..." : path);
            String flag = median > limit ? "  SLOW (median)" : max > limit ? "  slow (max)" : "";
            if (!flag.isEmpty()) {
                slow.add(name + " " + median + "/" + max + " ms");
            }
            System.out.printf("%-62s %9d %8d %8d%s%n", name, body.length, median, max, flag);
            return new String(body, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(user + " /" + path + ": " + e, e);
        }
    }

    private String get(String user, String path) throws Exception {
        HttpResponse<byte[]> response = session(user).send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new String(check(user, path, response).body(), StandardCharsets.UTF_8);
    }

    /** The user's session from the login form, as a browser has it (the cookie, redirects followed). */
    private HttpClient session(String user) throws Exception {
        HttpClient session = sessions.get(user);
        if (session == null) {
            session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=ipt-demo&next=/";
            HttpResponse<String> login = session.send(HttpRequest.newBuilder(base.resolve("login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200 || !login.body().contains("id=\"user-name\"")) {
                throw new IllegalStateException("login of " + user + " failed: HTTP " + login.statusCode());
            }
            sessions.put(user, session);
        }
        return session;
    }

    private static HttpResponse<byte[]> check(String user, String path, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200 || response.body().length == 0 || body.contains("id=\"username\"")) {
            throw new IllegalStateException(user + " /" + path + ": HTTP " + response.statusCode()
                    + (body.contains("id=\"username\"") ? " (the login form: no session)" : ""));
        }
        return response;
    }

    private static Set<String> all(String html, Pattern pattern) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex);
        }
        return m.group(1);
    }

    private static String arg(String[] args, String name, String fallback) {
        List<String> list = List.of(args);
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }
}
