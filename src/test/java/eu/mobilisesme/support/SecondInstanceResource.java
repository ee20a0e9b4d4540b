package eu.mobilisesme.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The test environment, and a second instance of the packaged service against the same database: what an operator
 * runs behind a load balancer. Its HTTP port is left in the system property {@link #PORT_PROPERTY}; the test's own
 * JDBC access gets the database's coordinates as system properties.
 */
public class SecondInstanceResource extends TestEnvironmentResource {

    public static final String PORT_PROPERTY = "mobilisesme.test.second-instance-port";

    private Process second;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        config.forEach(System::setProperty);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + freePort(),
                "-Dquarkus.profile=prod", "-Dquarkus.log.console.json=false"));
        config.entrySet().stream().filter(entry -> !entry.getKey().startsWith("quarkus.management"))
                .forEach(entry -> command.add("-D" + entry.getKey() + "=" + entry.getValue()));
        command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        try {
            second = new ProcessBuilder(command).redirectErrorStream(true).start();
            awaitListening(second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(PORT_PROPERTY, String.valueOf(port));
        return config;
    }

    /** Reads the instance's log until it listens (or ends, failing with what it said). */
    private static void awaitListening(Process process) throws IOException {
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            said.append(line).append('\n');
            if (line.contains("Listening on")) {
                Thread reader = new Thread(() -> log.lines().forEach(rest -> { }), "second-instance-log");
                reader.setDaemon(true);
                reader.start();
                return;
            }
        }
        throw new IllegalStateException("The second instance did not start:\n" + said);
    }

    @Override
    public synchronized void stop() {
        if (second != null) {
            second.destroy();
            second = null;
        }
        super.stop();
    }
}
