package dev.perflab.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store test on each database the lab runs on: a contract's subclasses say which one, and every
 * test gets a freshly migrated database, dropped after it. One subclass per database rather than a
 * parameterized class: Surefire would merge the two runs of a test by name and hide a skip.
 */
abstract class DatabaseContract {

    @TempDir
    Path dir;

    TestDatabase database;

    /** H2 under {@code dir}, or a fresh schema on PostgreSQL. */
    abstract TestDatabase open(Path dir);

    @BeforeEach
    void createDatabase() {
        database = open(dir);
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
