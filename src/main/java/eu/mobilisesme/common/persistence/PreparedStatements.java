package eu.mobilisesme.common.persistence;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;

/**
 * The connection pool, with each connection keeping its statements prepared. Without that, PostgreSQL parses and plans
 * every statement again on every execution, and for our keyset reads planning costs more than running them. A
 * prepared statement gets a generic plan after a few executions; a statement whose best plan depends on its values
 * (full-text search: a rare word wants the text index, a common one the name order) starts with {@link #PLAN_EACH_TIME}
 * and is planned for its values every time.
 */
@Singleton
public class PreparedStatements implements PgPoolCreator {

    /** Put first in a statement that must be planned for its values on every execution. */
    public static final String PLAN_EACH_TIME = "/* planned for its values */ ";

    @Override
    public Pool create(Input input) {
        input.pgConnectOptionsList().forEach(options -> options.setCachePreparedStatements(true)
                .setPreparedStatementCacheSqlFilter(sql -> !sql.startsWith(PLAN_EACH_TIME)));
        return PgDriver.INSTANCE.createPool(input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
    }
}
