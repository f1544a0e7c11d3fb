import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the IPT REST API: N clients, each in a loop of its own, open a case and complete
 * its user tasks (DescribeNeed, SteeringGroupDecision SEND_BACK, DescribeNeed, ..., SteeringGroupDecision
 * APPROVE), then open the next case, until the time is up. Only the JDK is used, so that it runs as
 * {@code java bench/TaskThroughput.java --url http://127.0.0.1:18080/ --clients 8 --seconds 30}.
 *
 * <p>Options: {@code --url} (loopback only), {@code --clients} (8), {@code --seconds} (30, measured),
 * {@code --warmup} (10 seconds of the same load before the measurement, not counted), {@code --send-backs}
 * (1: how many times the steering group sends a case back before it approves it).
 */
public final class TaskThroughput {

    /** The rest of a complete needs assessment (the form submits the whole assessment). */
    private static final String NEEDS_ASSESSMENT = ",\"targetGroup\":\"Heimebuande eldre\",\"places\":3,\"daysPerWeek\":2"
            + ",\"periodStart\":\"2027-01-01\",\"periodEnd\":\"2028-12-31\",\"transport\":\"NOT_NEEDED\""
            + ",\"expectedOutcomes\":\"Tryggare kvardag\",\"estimatedContractValue\":\"900000\""
            + ",\"serviceCategory\":\"HEALTH_AND_SOCIAL\",\"buyerType\":\"MUNICIPALITY\",\"unitsInvolved\":\"Helse og omsorg\"";

    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TASK_KEY = Pattern.compile("\"taskDefinitionKey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int ERRORS_SHOWN = 5;

    private final URI base;
    private final int sendBacks;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger errorsShown = new AtomicInteger();
    private volatile long measureFrom;
    private volatile long measureUntil;

    private TaskThroughput(URI base, int sendBacks) {
        this.base = base;
        this.sendBacks = sendBacks;
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8080/");
        int clients = Integer.parseInt(option(args, "--clients", "8"));
        int seconds = Integer.parseInt(option(args, "--seconds", "30"));
        int warmup = Integer.parseInt(option(args, "--warmup", "10"));
        int sendBacks = Integer.parseInt(option(args, "--send-backs", "1"));
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        String host = base.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("Only a local instance is benchmarked (127.0.0.1), not " + url);
        }
        if (clients < 1 || seconds < 1 || warmup < 0 || sendBacks < 0) {
            throw new IllegalArgumentException("--clients and --seconds must be at least 1, --warmup and "
                    + "--send-backs at least 0");
        }
        System.exit(new TaskThroughput(base, sendBacks).run(clients, seconds, warmup));
    }

    private int run(int clients, int seconds, int warmup) throws InterruptedException {
        long start = System.nanoTime();
        measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        measureUntil = measureFrom + Duration.ofSeconds(seconds).toNanos();
        System.out.printf(Locale.ROOT, "Load: %d clients, %d s warm-up + %d s measured, %d send-back(s) per case, %s%n",
                clients, warmup, seconds, sendBacks, base);
        List<Client> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i);
            Thread thread = new Thread(client, "client-" + i);
            thread.setDaemon(true);
            all.add(client);
            threads.add(thread);
            thread.start();
        }
        long untilMeasuring = measureFrom - System.nanoTime();
        if (untilMeasuring > 0) {
            Thread.sleep(untilMeasuring / 1_000_000, (int) (untilMeasuring % 1_000_000));
        }
        System.out.println("Measuring ...");
        System.out.flush();
        // A request in flight at the end may take up to its timeout; nothing waits longer than that.
        long joinUntil = measureUntil + REQUEST_TIMEOUT.plusSeconds(5).toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinUntil - System.nanoTime()) / 1_000_000));
        }
        long stoppedAt = System.nanoTime();
        boolean hung = threads.stream().anyMatch(Thread::isAlive);
        report(all, (Math.min(stoppedAt, Math.max(measureUntil, lastEnd(all))) - measureFrom) / 1e9, hung);
        return hung ? 3 : 0;
    }

    private static long lastEnd(List<Client> clients) {
        return clients.stream().mapToLong(c -> c.lastEnd).max().orElse(0);
    }

    private void report(List<Client> clients, double elapsed, boolean hung) {
        long tasks = 0;
        long errors = 0;
        long casesOpened = 0;
        long casesApproved = 0;
        int latencyCount = 0;
        for (Client c : clients) {
            tasks += c.completed;
            errors += c.errors;
            casesOpened += c.casesOpened;
            casesApproved += c.casesApproved;
            latencyCount += c.latencies.size;
        }
        long[] latencies = new long[latencyCount];
        int at = 0;
        for (Client c : clients) {
            System.arraycopy(c.latencies.values, 0, latencies, at, c.latencies.size);
            at += c.latencies.size;
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "Measured: %.1f s%n", elapsed);
        System.out.printf(Locale.ROOT, "Tasks completed: %d (%.1f tasks/s)%n", tasks, tasks / elapsed);
        System.out.printf(Locale.ROOT, "Cases opened: %d, approved: %d%n", casesOpened, casesApproved);
        System.out.printf(Locale.ROOT, "Errors: %d%s%n", errors, hung ? " (and clients still waiting at the end)" : "");
        System.out.printf(Locale.ROOT, "Complete-task latency ms: p50 %s, p95 %s, p99 %s, max %s (n=%d)%n",
                millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99), millis(latencies, 1.0),
                latencies.length);
        // one line for scripts
        System.out.printf(Locale.ROOT, "RESULT tasks=%d seconds=%.1f tasks_per_s=%.1f errors=%d p50_ms=%s p95_ms=%s "
                        + "p99_ms=%s%n", tasks, elapsed, tasks / elapsed, errors, millis(latencies, 0.50),
                millis(latencies, 0.95), millis(latencies, 0.99));
    }

    /** Nearest-rank percentile of sorted nanosecond values, in milliseconds. */
    private static String millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, rank - 1)] / 1e6);
    }

    /** One simulated user: a case at a time, its tasks one after the other. */
    private final class Client implements Runnable {

        private final int number;
        private final LongList latencies = new LongList();
        private long completed;
        private long errors;
        private long casesOpened;
        private long casesApproved;
        private volatile long lastEnd;
        private int sequence;

        Client(int number) {
            this.number = number;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureUntil) {
                try {
                    workOneCase();
                } catch (IOException | RuntimeException e) {
                    error(System.nanoTime(), "client " + number + ": " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void workOneCase() throws IOException, InterruptedException {
            long opening = System.nanoTime();
            HttpResponse<String> opened = post(OFFICER, "api/cases", "{\"title\":\"Benchmark case " + number + "-"
                    + (++sequence) + "\",\"municipalityNumber\":\"5006\",\"serviceArea\":\"HEALTH_AND_CARE\"}");
            if (opened.statusCode() != 201) {
                error(opening, "open case: HTTP " + opened.statusCode() + " " + opened.body());
                return;
            }
            count(opening, () -> casesOpened++);
            String caseNumber = group(CASE_NUMBER, opened.body());
            int decisions = 0;
            while (System.nanoTime() < measureUntil) {
                HttpResponse<String> tasks = get(ADMIN, "api/tasks?caseNumber=" + caseNumber);
                if (tasks.statusCode() != 200) {
                    error(System.nanoTime(), "tasks of " + caseNumber + ": HTTP " + tasks.statusCode());
                    return;
                }
                Matcher id = TASK_ID.matcher(tasks.body());
                Matcher key = TASK_KEY.matcher(tasks.body());
                if (!id.find() || !key.find()) {
                    return; // no open task: the case has ended
                }
                HttpResponse<String> theCase = get(OFFICER, "api/cases/" + caseNumber);
                if (theCase.statusCode() != 200) {
                    error(System.nanoTime(), "case " + caseNumber + ": HTTP " + theCase.statusCode());
                    return;
                }
                String version = group(VERSION, theCase.body());
                boolean approve = false;
                String values;
                switch (key.group(1)) {
                    case "DescribeNeed" -> values = "{\"needDescription\":\"Trygghetsalarmer for " + caseNumber
                            + "\",\"participants\":5" + NEEDS_ASSESSMENT + "}";
                    case "PlanMarketDialogue" -> {
                        return; // approved: the case has gone to the market, which this benchmark does not drive
                    }
                    case "SteeringGroupDecision" -> {
                        approve = decisions++ >= sendBacks;
                        values = approve ? "{\"decision\":\"APPROVE\"}"
                                : "{\"decision\":\"SEND_BACK\",\"comment\":\"Beskriv behovet betre\"}";
                    }
                    default -> {
                        error(System.nanoTime(), "unexpected task " + key.group(1) + " on " + caseNumber);
                        return;
                    }
                }
                long sent = System.nanoTime();
                HttpResponse<String> done;
                if (key.group(1).equals("SteeringGroupDecision")) {
                    // a decision is two of the three members' votes (majority of members)
                    String vote = values.replace("\"decision\"", "\"choice\"");
                    HttpResponse<String> firstVote = post(STEERING, "api/cases/" + caseNumber + "/decision/votes", vote);
                    done = firstVote.statusCode() != 200 ? firstVote
                            : post(STEERING_2, "api/cases/" + caseNumber + "/decision/votes", vote);
                } else {
                    done = post(OFFICER, "api/tasks/" + id.group(1) + "/complete",
                            "{\"caseVersion\":" + version + ",\"values\":" + values + "}");
                }
                long received = System.nanoTime();
                if (done.statusCode() != 204 && done.statusCode() != 200) {
                    error(sent, "complete " + key.group(1) + " on " + caseNumber + ": HTTP " + done.statusCode()
                            + " " + done.body());
                    return;
                }
                if (sent >= measureFrom) {
                    latencies.add(received - sent);
                    completed++;
                    lastEnd = received;
                    if (approve) {
                        casesApproved++;
                    }
                }
            }
        }

        private void count(long startedAt, Runnable counter) {
            if (startedAt >= measureFrom) {
                counter.run();
            }
        }

        private void error(long startedAt, String message) {
            if (startedAt >= measureFrom) {
                errors++;
                lastEnd = System.nanoTime();
            }
            if (errorsShown.getAndIncrement() < ERRORS_SHOWN) {
                System.err.println("error: " + (message.length() > 300 ? message.substring(0, 300) + "..." : message));
            }
        }
    }

    /** Demo users (password {@value #DEMO_PASSWORD}): a Steinkjer officer, a steering-group member, the admin. */
    static final String DEMO_PASSWORD = "ipt-demo";
    static final String OFFICER = basic("innkjoper");
    static final String STEERING = basic("styre1");
    static final String STEERING_2 = basic("styre2");
    static final String ADMIN = basic("admin");

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String authorization, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String authorization, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in " + body);
        }
        return m.group(1);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** A growable array of longs, so that latencies are not boxed. */
    private static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
