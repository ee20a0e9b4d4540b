package eu.mobilisesme.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway cluster made with the machine's PostgreSQL binaries (Debian's {@code postgresql} package), for machines
 * where the embedded one cannot run. As root, the server runs as the {@code postgres} user, which initdb requires.
 */
record LocalPostgresCluster(Path binaries, Path dataDirectory, int port) implements TestDatabase {

    static LocalPostgresCluster start() {
        Path binaries = findBinaries();
        try {
            Path data = Files.createTempDirectory("mobilisesme-test-pg");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "postgres", data.toString()), false);
            }
            LocalPostgresCluster cluster = new LocalPostgresCluster(binaries, data, freePort());
            run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--no-sync"), root);
            run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                    data.resolve("server.log").toString(), "-o",
                    "-p " + cluster.port + " -k " + data + " -c listen_addresses=localhost -c fsync=off", "start"),
                    root);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a local PostgreSQL cluster", e);
        }
    }

    @Override
    public String host() {
        return "localhost";
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
        boolean root = "root".equals(System.getProperty("user.name"));
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "immediate",
                "stop"), root);
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", dataDirectory, e.getMessage());
        }
    }

    private static Path findBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries in /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("Neither the embedded PostgreSQL nor this machine's binaries are "
                    + "available; install the postgresql package or set TEST_DB_HOST", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
