package eu.mobilisesme.support;

/**
 * The test environment with a database of its own, which a test may stop to see how the service behaves without it.
 * Using a separate database keeps that test from disturbing any other.
 */
public class StoppableDatabaseResource extends TestEnvironmentResource {

    private static volatile StoppableDatabaseResource current;

    @Override
    public java.util.Map<String, String> start() {
        current = this;
        return super.start();
    }

    public static void stopDatabase() {
        current.stop();
    }
}
