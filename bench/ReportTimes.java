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
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the report downloads and the dashboard page of a running IPT instance (JDK only; run as
 * {@code java bench/ReportTimes.java --url http://127.0.0.1:8080/ --rounds 20}). Each document is fetched
 * as the demo user who may have it, one request at a time, {@code --rounds} times after two unmeasured
 * warm-up calls; prints per document the size and the p50/p95/max milliseconds. Only 127.0.0.1/localhost.
 */
public class ReportTimes {

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080/");
        int rounds = Integer.parseInt(arg(args, "--rounds", "20"));
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("only a local instance: " + base);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String binde = find(http, base, "innkjoper", "api/cases", "\\{[^{}]*\"caseNumber\":\"([^\"]+)\"[^{}]*Binde skole[^{}]*\\}");
        String decision = find(http, base, "innkjoper", "api/cases/" + binde + "/decisions", "\"id\":(\\d+)");
        String pilot = find(http, base, "fylke.vestland", "api/pilots", "\"id\":(\\d+)");
        String plan = find(http, base, "fylke.vestland", "api/plans", "\"id\":(\\d+)");
        System.out.printf("%-44s %10s %8s %8s %8s%n", "document", "bytes", "p50 ms", "p95 ms", "max ms");
        time(http, base, "innkjoper", "api/cases/" + binde + "/decisions/" + decision + "/pdf", rounds);
        time(http, base, "fylke.vestland", "api/pilots/" + pilot + "/report.pdf", rounds);
        time(http, base, "fylke.vestland", "api/plans/" + plan + "/budget.xlsx", rounds);
        time(http, base, "innkjoper", "api/farms.xlsx", rounds);
        time(http, base, "innkjoper", "api/agreements.xlsx", rounds);
        timePage(base, "innkjoper", "dashboard.xhtml", rounds);
        timePage(base, "fylke.vestland", "dashboard.xhtml", rounds);
    }

    private static void time(HttpClient http, URI base, String user, String path, int rounds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic(user)).build();
        measure(user + " " + path, rounds, () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** A Faces page with a session from the login form, as a browser has it. */
    private static void timePage(URI base, String user, String path, int rounds) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=ipt-demo&next=/";
        browser.send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).build();
        measure(user + " " + path, rounds, () -> browser.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    interface Call {
        HttpResponse<byte[]> run() throws Exception;
    }

    private static void measure(String name, int rounds, Call call) throws Exception {
        for (int i = 0; i < 2; i++) {
            check(name, call.run());
        }
        long[] ms = new long[rounds];
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = call.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            bytes = check(name, response).body().length;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %10d %8d %8d %8d%n", name, bytes, rank(ms, 50), rank(ms, 95), ms[ms.length - 1]);
    }

    private static HttpResponse<byte[]> check(String name, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException(name + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private static long rank(long[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static String find(HttpClient http, URI base, String user, String path, String regex) throws Exception {
        String body = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic(user))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(path + " as " + user + " has no match for " + regex + ": " + body);
        }
        return m.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":ipt-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String arg(String[] args, String name, String fallback) {
        List<String> list = new ArrayList<>(List.of(args));
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }
}
