package eu.mobilisesme.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL and demo keys of dev mode. Data lives in {@code .dev-data/} under the project, so it
 * survives restarts; delete that folder to start afresh. Quarkus builds its configuration in several class
 * loaders, so the database is started once per JVM and its port remembered in a system property.
 */
final class DevEnvironment {

    private static final String PORT_PROPERTY = "mobilisesme.dev.db-port";
    private static final int DEFAULT_PORT = 54329;

    private DevEnvironment() {
    }

    static synchronized Map<String, String> start() {
        Path home = Path.of(System.getProperty("user.dir"), ".dev-data");
        int port = Integer.getInteger(PORT_PROPERTY, 0);
        if (port == 0) {
            port = startDatabase(home.resolve("postgres"));
            System.setProperty(PORT_PROPERTY, String.valueOf(port));
        }
        DemoKeys keys = DemoKeys.inFolder(home.resolve("jwt"));
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString(),
                "smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
    }

    private static int startDatabase(Path dataDirectory) {
        int port = Integer.parseInt(System.getenv().getOrDefault("DEV_DB_PORT", String.valueOf(DEFAULT_PORT)));
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
            return postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + "; is port " + port + " free (set DEV_DB_PORT)?", e);
        }
    }
}
