package dev.perflab.store;

import java.nio.file.Path;

/** Searches of runs on the embedded H2 the lab uses by default. */
class RunSearchOnH2Test extends RunSearchContract {

    @Override
    TestDatabase open(Path dir) {
        return TestDatabase.h2(dir);
    }
}
