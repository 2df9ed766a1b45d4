package dev.perflab.store;

import java.nio.file.Path;

/**
 * Searches of runs on the PostgreSQL server that {@code PERFLAB_TEST_PG_URL} names; without one,
 * skipped with a message saying how to enable it.
 */
class RunSearchOnPostgresTest extends RunSearchContract {

    @Override
    TestDatabase open(Path dir) {
        return TestDatabase.postgres();
    }
}
