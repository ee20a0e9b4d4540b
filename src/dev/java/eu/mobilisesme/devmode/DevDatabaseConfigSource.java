package eu.mobilisesme.devmode;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.LaunchMode;

/**
 * Makes {@code ./mvnw quarkus:dev} work on a machine with only a JDK: in dev mode, unless {@code DB_REACTIVE_URL} is
 * set, it starts an embedded PostgreSQL and a demo signing key and hands their settings to the configuration.
 * Its ordinal sits above {@code application.properties} (250) and below environment variables (300).
 * In any other launch mode it is empty, and the classes that touch the embedded database are never loaded.
 */
public class DevDatabaseConfigSource implements ConfigSource {

    private static final int ORDINAL = 275;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        return properties();
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties().get(propertyName);
    }

    @Override
    public String getName() {
        return "mobilisesme-dev-environment";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    private synchronized Map<String, String> properties() {
        if (properties == null) {
            boolean wanted = LaunchMode.current() == LaunchMode.DEVELOPMENT && System.getenv("DB_REACTIVE_URL") == null;
            properties = wanted ? DevEnvironment.start() : Map.of();
        }
        return properties;
    }
}
