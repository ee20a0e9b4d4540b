package eu.mobilisesme.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as an operator gets it: it carries no dev-mode code and no embedded database, and in production it
 * refuses to start without each secret it has no default for, naming the variable to set.
 */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void shipsNoDevModeCodeAndNoEmbeddedDatabase() throws IOException {
        Path applicationJar;
        try (Stream<Path> jars = Files.list(APP.resolve("app"))) {
            applicationJar = jars.filter(path -> path.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (JarFile jar = new JarFile(applicationJar.toFile())) {
            List<String> entries = jar.stream().map(entry -> entry.getName()).toList();
            assertThat(entries).contains("eu/mobilisesme/common/api/Pages.class");
            assertThat(entries).noneMatch(name -> name.startsWith("eu/mobilisesme/devmode/"));
            assertThat(entries).noneMatch(name -> name.startsWith("db/demo/"));
            assertThat(entries).doesNotContain("META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource");
        }
        try (Stream<Path> libraries = Files.walk(APP.resolve("lib"))) {
            assertThat(libraries.map(Path::toString)).noneMatch(name -> name.contains("zonky"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "DB_PASSWORD", "JWT_VERIFY_KEY_LOCATION", "CURSOR_SIGNING_KEY" })
    void refusesToStartWithoutASecretAndNamesIt(String missing) throws Exception {
        ProcessBuilder launch = new ProcessBuilder(javaExecutable(), "-Dquarkus.http.port=0",
                "-Dquarkus.management.port=0", "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true);
        Map<String, String> environment = launch.environment();
        environment.keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("JWT_")
                || name.equals("CURSOR_SIGNING_KEY") || name.startsWith("QUARKUS_"));
        environment.put("LOG_JSON", "false");
        environment.put("DB_REACTIVE_URL", "postgresql://localhost:1/mobilisesme");
        environment.put("DB_JDBC_URL", "jdbc:postgresql://localhost:1/mobilisesme");
        environment.put("DB_PASSWORD", "secret");
        environment.put("JWT_VERIFY_KEY_LOCATION", testPublicKey());
        environment.put("CURSOR_SIGNING_KEY", "a-cursor-signing-key-of-enough-characters");
        environment.remove(missing);

        Process process = launch.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(exited).as("the service exits by itself without %s:%n%s", missing, output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains(missing);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String testPublicKey() throws URISyntaxException {
        return Path.of(ProductionArtifactIT.class.getResource("/test-keys/publicKey.pem").toURI()).toString();
    }
}
