package dev.perflab.store;

import java.nio.file.Path;

/**
 * The run store on the PostgreSQL server that {@code PERFLAB_TEST_PG_URL} names; without one,
 * skipped with a message saying how to enable it.
 */
class RunStoreOnPostgresTest extends RunStoreContract {

    @Override
    TestDatabase open(Path dir) {
        return TestDatabase.postgres();
    }
}
