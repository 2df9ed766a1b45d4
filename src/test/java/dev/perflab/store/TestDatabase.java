package dev.perflab.store;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A database for store tests, migrated by the lab's own Flyway scripts: an H2 file under a test's
 * directory, or a fresh schema on a PostgreSQL server, dropped again on close.
 */
public final class TestDatabase implements AutoCloseable {

    private final Flyway flyway;
    private final ConnectionFactoryOptions options;
    private final Runnable drop;

    private TestDatabase(Flyway flyway, ConnectionFactoryOptions options, Runnable drop) {
        this.flyway = flyway;
        this.options = options;
        this.drop = drop;
        flyway.migrate();
    }

    /** A store on a migrated H2 file under {@code dir}, for tests that need one but test no SQL. */
    public static RunStore open(Path dir) {
        return h2(dir).store();
    }

    /** A client of a migrated H2 file under {@code dir}, for a test's own store. */
    public static DatabaseClient openClient(Path dir) {
        return h2(dir).client();
    }

    static TestDatabase h2(Path dir) {
        String file = dir.resolve("perflab").toAbsolutePath().toString();
        var options = ConnectionFactoryOptions.parse("r2dbc:h2:file:///" + file)
                .mutate()
                .option(ConnectionFactoryOptions.USER, "sa")
                .option(ConnectionFactoryOptions.PASSWORD, "")
                .build();
        return new TestDatabase(
                Flyway.configure().dataSource("jdbc:h2:file:" + file, "sa", "").load(), options, () -> {});
    }

    /** Skips the calling test, or fails it, when there is no server: see {@link PostgresServer#require()}. */
    static TestDatabase postgres() {
        var server = PostgresServer.require();
        // Unique per test: parallel runs and earlier runs that died before dropping theirs never meet.
        String schema = "store_test_" + UUID.randomUUID().toString().replace("-", "");
        var flyway = Flyway.configure()
                .dataSource(server.jdbcUrl(), server.user(), server.password())
                .schemas(schema)
                .load();
        return new TestDatabase(flyway, server.r2dbcOptions(schema), () -> dropSchema(server, schema));
    }

    /** A store on connections of its own: without a pool, every statement opens a new one. */
    RunStore store() {
        return new RunStore(client());
    }

    /** A pool of {@code size} connections, as the lab has (Spring Boot pools them); dispose it after. */
    ConnectionPool pool(int size) {
        return new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options))
                .initialSize(size)
                .maxSize(size)
                .build());
    }

    RunSearch search() {
        return new RunSearch(client());
    }

    /** A store as the lab has it after a restart: migrated again at start, then connected anew. */
    RunStore storeAfterRestart() {
        flyway.migrate();
        return store();
    }

    @Override
    public void close() {
        drop.run();
    }

    private DatabaseClient client() {
        return DatabaseClient.create(ConnectionFactories.get(options));
    }

    private static void dropSchema(PostgresServer server, String schema) {
        try (var connection = server.connect();
                var statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test schema " + schema + " on " + server, e);
        }
    }
}
