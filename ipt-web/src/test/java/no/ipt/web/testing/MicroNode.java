package no.ipt.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One Payara Micro process running the built WAR exactly as in production ({@code java -jar
 * payara-micro.jar --deploy ipt-web.war}), for tests that must kill and restart the server. It
 * inherits the database settings (IPT_DB_*) from the test JVM's environment.
 */
public final class MicroNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private MicroNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** What the node has logged so far. */
    public String log() {
        try {
            return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a node and waits until {@code /health/ready} answers 200. */
    public static MicroNode start(String name) {
        return start(name, List.of());
    }

    /** Starts a node with extra JVM options (e.g. {@code -Dipt.oidc.enabled=true}); its log is {@link #log()}. */
    public static MicroNode start(String name, List<String> jvmOptions) {
        int port = freePort();
        Path dir = Path.of("target", "micro-nodes", name + "-" + port).toAbsolutePath();
        try {
            Files.createDirectories(dir.resolve("tmp"));
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-Duser.timezone=Europe/Oslo", "-Dipt.demo-data=true", "-Djava.io.tmpdir=" + dir.resolve("tmp")));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                    "--deploy", System.getProperty("ipt.war"), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
                    "--rootdir", dir.resolve("root").toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile());
            MicroNode node = new MicroNode(builder.start(), port, dir.resolve("server.log"));
            node.awaitReady(Duration.ofSeconds(480), dir.resolve("server.log").toFile());
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** A client logged in as a demo user. */
    public ApiClient api(String username) {
        return new ApiClient(baseUri()).as(username);
    }

    /** Kills the process as a crash would: SIGKILL, no shutdown hooks, no clean undeploy. */
    public void crash() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout, File log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(baseUri().resolve("health/ready"))
                        .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                // not listening yet (or the check did not answer in time: kept for the failure message)
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + " (last /health/ready: "
                + last + "); see " + log);
    }

    /** A TCP port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
