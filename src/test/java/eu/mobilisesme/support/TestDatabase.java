package eu.mobilisesme.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL for one test run; see {@link TestEnvironmentResource} for where it comes from. */
public interface TestDatabase {

    Logger LOG = Logger.getLogger(TestDatabase.class);

    String host();

    int port();

    String database();

    String username();

    String password();

    void stop();

    default String reactiveUrl() {
        return "postgresql://" + host() + ":" + port() + "/" + database();
    }

    default String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database();
    }

    static TestDatabase start() {
        String external = System.getenv("TEST_DB_HOST");
        if (external != null) {
            return new External(external, Integer.parseInt(System.getenv().getOrDefault("TEST_DB_PORT", "5432")),
                    System.getenv().getOrDefault("TEST_DB_NAME", "postgres"),
                    System.getenv().getOrDefault("TEST_DB_USERNAME", "postgres"),
                    System.getenv().getOrDefault("TEST_DB_PASSWORD", "postgres"));
        }
        try {
            return new Embedded(EmbeddedPostgres.builder().setServerConfig("fsync", "off").start());
        } catch (IOException | RuntimeException zonkyFailed) {
            LOG.warnf("Embedded PostgreSQL did not start (%s); trying this machine's PostgreSQL binaries.",
                    zonkyFailed.getMessage());
            return LocalPostgresCluster.start();
        }
    }

    record External(String host, int port, String database, String username, String password)
            implements TestDatabase {

        @Override
        public void stop() {
        }
    }

    record Embedded(EmbeddedPostgres postgres) implements TestDatabase {

        @Override
        public String host() {
            return "localhost";
        }

        @Override
        public int port() {
            return postgres.getPort();
        }

        @Override
        public String database() {
            return "postgres";
        }

        @Override
        public String username() {
            return "postgres";
        }

        @Override
        public String password() {
            return "postgres";
        }

        @Override
        public void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
