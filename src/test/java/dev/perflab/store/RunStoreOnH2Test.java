package dev.perflab.store;

import java.nio.file.Path;

/** The run store on the embedded H2 the lab uses by default. */
class RunStoreOnH2Test extends RunStoreContract {

    @Override
    TestDatabase open(Path dir) {
        return TestDatabase.h2(dir);
    }
}
