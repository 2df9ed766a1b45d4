package dev.perflab.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The PostgreSQL server the store tests may use, named by {@value #URL_VARIABLE} as libpq's URL
 * {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE}; the user needs only the right to create
 * schemas in that database. An explicit variable of our own, not libpq's PGHOST: tests create and
 * drop schemas, which nobody should get by merely having a PostgreSQL configured.
 */
record PostgresServer(String host, int port, String database, String user, String password) {

    private static final String URL_VARIABLE = "PERFLAB_TEST_PG_URL";
    private static final String REQUIRED_VARIABLE = "PERFLAB_TEST_PG_REQUIRED";
    private static final String EXAMPLE_URL = "postgresql://perflab:perflab@127.0.0.1:5432/perflab";
    private static final int CONNECT_TIMEOUT_SECONDS = 3;
    private static final String HOW_TO_ENABLE = "To run them, set " + URL_VARIABLE + " to a database on a running"
            + " server whose user may create schemas, e.g. `" + URL_VARIABLE + "=" + EXAMPLE_URL + " ./mvnw verify`"
            + " (.ci/run installs and starts PostgreSQL and sets it).";

    // Probed once per test JVM: a server that is down costs one timeout, not one per test.
    private static final Availability AVAILABILITY = probe(System.getenv(URL_VARIABLE));
    private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

    /**
     * The configured server. Skips the calling test when there is none or it does not answer, but
     * fails it when {@value #REQUIRED_VARIABLE}{@code =1} (CI, where a skip would hide a broken
     * setup) or when the variable cannot be read as a URL.
     */
    static PostgresServer require() {
        if (AVAILABILITY.server() == null) {
            if ("1".equals(System.getenv(REQUIRED_VARIABLE))) {
                fail("PostgreSQL store tests cannot run, and " + REQUIRED_VARIABLE + "=1 requires them: "
                        + AVAILABILITY.whyNot());
            }
            if (AVAILABILITY.misconfigured()) {
                fail("PostgreSQL store tests cannot run: " + AVAILABILITY.whyNot());
            }
            String skipped = "PostgreSQL store tests skipped: " + AVAILABILITY.whyNot();
            // Surefire's console shows only a count of skipped tests; say why there, once per JVM.
            if (SKIP_ANNOUNCED.compareAndSet(false, true)) {
                System.out.println(skipped);
            }
            assumeTrue(false, skipped);
        }
        return AVAILABILITY.server();
    }

    private static PostgresServer parse(String url) {
        // Messages never repeat the URL: it holds a password.
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    URL_VARIABLE + " is not a URL like " + EXAMPLE_URL + ": " + e.getReason() + " at " + e.getIndex());
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException(URL_VARIABLE + " must start with postgresql://, as in " + EXAMPLE_URL);
        }
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || user.isEmpty() || database.isEmpty()) {
            throw new IllegalArgumentException(
                    URL_VARIABLE + " needs a host, a user and a database, as in " + EXAMPLE_URL);
        }
        return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    /** R2DBC options whose connections see {@code schema} first, as the lab sees its own schema. */
    ConnectionFactoryOptions r2dbcOptions(String schema) {
        return ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "postgresql")
                .option(ConnectionFactoryOptions.HOST, host)
                .option(ConnectionFactoryOptions.PORT, port)
                .option(ConnectionFactoryOptions.DATABASE, database)
                .option(ConnectionFactoryOptions.USER, user)
                .option(ConnectionFactoryOptions.PASSWORD, password)
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS))
                .option(Option.valueOf("schema"), schema)
                .build();
    }

    /** For messages: the URL without its password. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static Availability probe(String url) {
        if (url == null || url.isBlank()) {
            return new Availability(null, URL_VARIABLE + " is not set. " + HOW_TO_ENABLE, false);
        }
        PostgresServer server;
        try {
            server = parse(url);
        } catch (IllegalArgumentException e) {
            return new Availability(null, e.getMessage(), true);
        }
        try (var connection = server.connect()) {
            return new Availability(server, null, false);
        } catch (SQLException e) {
            return new Availability(
                    null,
                    "cannot connect to " + server + " from " + URL_VARIABLE + " (" + e.getMessage() + "). "
                            + HOW_TO_ENABLE,
                    false);
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** {@code misconfigured}: the variable is set but unusable, which fails even a local run. */
    private record Availability(PostgresServer server, String whyNot, boolean misconfigured) {}
}
