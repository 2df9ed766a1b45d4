package dev.perflab.store;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.core.DatabaseClient;

/** An H2 database in file mode under a test's directory, migrated by the lab's own Flyway scripts. */
public final class TestDatabase {

    private TestDatabase() {}

    public static RunStore open(Path dir) {
        String file = dir.resolve("perflab").toAbsolutePath().toString();
        Flyway.configure().dataSource("jdbc:h2:file:" + file, "sa", "").load().migrate();
        var options = ConnectionFactoryOptions.parse("r2dbc:h2:file:///" + file)
                .mutate()
                .option(ConnectionFactoryOptions.USER, "sa")
                .option(ConnectionFactoryOptions.PASSWORD, "")
                .build();
        var connections = ConnectionFactories.get(options);
        return new RunStore(DatabaseClient.create(connections));
    }
}
