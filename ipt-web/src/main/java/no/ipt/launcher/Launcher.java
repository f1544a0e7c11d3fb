package no.ipt.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java no.ipt.launcher.Launcher --war ipt-web.war --micro payara-micro.jar}
 *
 * <p>Settings from the environment: {@code IPT_DB_URL}, {@code IPT_DB_USER}, {@code IPT_DB_PASSWORD}
 * (external database; no embedded one starts), {@code IPT_DATA_DIR} (embedded database files, default
 * {@code ./data/pg}), {@code IPT_PG_PORT} (default 55432), {@code IPT_HTTP_PORT} (8080),
 * {@code IPT_HTTP_ADDRESS} (127.0.0.1), {@code IPT_DEMO_DATA} (true), {@code IPT_JAVA_OPTS}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path war = Path.of(option(args, "--war"));
        Path micro = Path.of(option(args, "--micro"));

        EmbeddedPostgres embedded = null;
        String url = env.get("IPT_DB_URL");
        String user = env.getOrDefault("IPT_DB_USER", "postgres");
        String password = env.getOrDefault("IPT_DB_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            Path dataDir = Path.of(env.getOrDefault("IPT_DATA_DIR", "data/pg")).toAbsolutePath();
            Files.createDirectories(dataDir);
            int port = Integer.parseInt(env.getOrDefault("IPT_PG_PORT", "55432"));
            say("Starting embedded PostgreSQL 17 on port " + port + " with data in " + dataDir);
            embedded = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPort(port).start();
            url = "jdbc:postgresql://localhost:" + port + "/postgres";
            user = "postgres";
            password = "postgres";
        }
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            say("Database reachable at " + url);
        } catch (SQLException e) {
            System.err.println("IPT cannot reach its PostgreSQL database at " + url + ": "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            if (embedded != null) {
                embedded.close();
            }
            System.exit(2);
        }

        Process payara = startPayara(war, micro, url, user, password, env);
        EmbeddedPostgres db = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, db)));
        int exit = payara.waitFor();
        stop(payara, db);
        System.exit(exit);
    }

    private static Process startPayara(Path war, Path micro, String url, String user, String password,
                                       Map<String, String> env) throws IOException {
        String address = env.getOrDefault("IPT_HTTP_ADDRESS", "127.0.0.1");
        Path preboot = Files.createTempFile("ipt-preboot", ".asadmin");
        // Only this machine can reach the app unless IPT_HTTP_ADDRESS opens it up.
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=" + address + "\n");
        preboot.toFile().deleteOnExit();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String opt : env.getOrDefault("IPT_JAVA_OPTS", "-Xmx768m").trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                command.add(opt);
            }
        }
        command.add("-Duser.timezone=Europe/Oslo");
        command.addAll(List.of("-jar", micro.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", env.getOrDefault("IPT_HTTP_PORT", "8080"),
                "--prebootcommandfile", preboot.toString(),
                "--disablephonehome"));
        String cluster = env.get("IPT_CLUSTER");
        if (cluster == null || cluster.isBlank()) {
            command.add("--nocluster");
        } else {
            // e.g. tcpip:127.0.0.1:6900,127.0.0.1:6901 - discovery stays on the listed hosts
            command.addAll(List.of("--clustermode", cluster));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("IPT_DB_URL", url);
        builder.environment().put("IPT_DB_USER", user);
        builder.environment().put("IPT_DB_PASSWORD", password);
        builder.environment().putIfAbsent("IPT_DEMO_DATA", "true");
        say("Starting Payara Micro: http://" + ("0.0.0.0".equals(address) ? "localhost" : address) + ":"
                + env.getOrDefault("IPT_HTTP_PORT", "8080") + "/  (Ctrl-C stops IPT and its database)");
        return builder.start();
    }

    private static synchronized void stop(Process payara, EmbeddedPostgres db) {
        if (payara.isAlive()) {
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (db != null) {
            try {
                db.close();
            } catch (IOException | RuntimeException e) {
                // already stopped by an earlier call
            }
        }
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("Missing " + name + " <path>");
    }

    private static void say(String message) {
        System.out.println("[ipt] " + message);
    }
}
