package eu.mobilisesme.partner.persistence;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.partner.domain.ClientStanding;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads a client's standing straight from the database client: it is asked during authentication, before any
 * resource method and its session, and it must see a deactivation as soon as it commits, so nothing is cached.
 */
@ApplicationScoped
public class ClientStandings {

    private final Pool database;

    ClientStandings(Pool database) {
        this.database = database;
    }

    public Uni<Optional<ClientStanding>> find(String clientId) {
        return database.preparedQuery("select client_id, active, scopes, rate_limit_tier, webhook_url_prefixes "
                + "from partner_client where client_id = $1")
                .execute(Tuple.of(clientId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(standing(rows.iterator().next())));
    }

    private static ClientStanding standing(Row row) {
        return new ClientStanding(row.getString("client_id"), row.getBoolean("active"),
                Set.of(row.getArrayOfStrings("scopes")), row.getString("rate_limit_tier"),
                Arrays.asList(row.getArrayOfStrings("webhook_url_prefixes")));
    }
}
