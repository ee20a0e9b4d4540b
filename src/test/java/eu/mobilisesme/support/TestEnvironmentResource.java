package eu.mobilisesme.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the application under test a real, throwaway PostgreSQL and the test key that verifies test tokens.
 * The database is, in this order of preference: an external one named by {@code TEST_DB_*} variables, an embedded
 * one (zonky, PostgreSQL 17), or a cluster made with this machine's PostgreSQL binaries.
 */
public class TestEnvironmentResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = TestDatabase.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", database.reactiveUrl());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        config.put("mp.jwt.verify.publickey.location", publicKeyLocation());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        config.put("mobilisesme.cursor.signing-key", "packaged-test-cursor-signing-key-0123456789");
        int managementPort = freePort();
        config.put("quarkus.management.port", String.valueOf(managementPort));
        config.put("quarkus.management.test-port", String.valueOf(managementPort));
        System.setProperty(Api.MANAGEMENT_PORT_PROPERTY, String.valueOf(managementPort));
        return config;
    }

    @Override
    public synchronized void stop() {
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    /** A port free now, for the management interface of the application under test (health, metrics). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String publicKeyLocation() {
        try {
            return Path.of(TestEnvironmentResource.class.getResource("/test-keys/publicKey.pem").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
