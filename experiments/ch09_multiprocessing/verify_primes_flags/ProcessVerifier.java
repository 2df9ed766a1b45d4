package dev.perflab.experiments.ch09.verifyflags;

import dev.perflab.experiments.ch09.workerjvm.WorkerJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Worker processes, separate JVMs started once, one range each, sharing a flag byte in a file they
 * all map. This JVM lowers the byte, sends each worker its range over its stdin and reads the
 * factor it answers.
 */
final class ProcessVerifier implements PrimeVerifier {

    private final int checkEvery;
    private final Path flagFile;
    private final MappedFlag flag;
    private final List<WorkerJvm> processes;

    ProcessVerifier(int workers, int checkEvery) {
        this.checkEvery = checkEvery;
        this.flagFile = MappedFlag.createFile();
        this.flag = new MappedFlag(flagFile);
        this.processes = WorkerJvm.start(workers, MappedFlagWorker.class, List.of(flagFile.toString()));
        // Once every worker has answered, every worker has mapped the file: its name can go, and
        // the byte stays shared until the last mapping ends. A run cancelled later, its processes
        // killed, then leaves nothing behind in /dev/shm, which holds its files in memory.
        verify(3);
        deleteFlagFile();
    }

    /** The flag file, until every worker has mapped it; it is deleted then. */
    Path flagFile() {
        return flagFile;
    }

    @Override
    public Verification verify(long n) {
        long cpuBefore = CpuClock.javaThreadsNanos();
        if (n % 2 == 0) {
            return new Verification(new Verdict(n, n == 2 ? 0 : 2), 0);
        }
        flag.lower();
        List<FactorRanges.Range> ranges = FactorRanges.split(n, processes.size());
        for (int worker = 0; worker < processes.size(); worker++) {
            processes.get(worker).send(MappedFlagWorker.command(n, ranges.get(worker), checkEvery));
        }
        processes.forEach(WorkerJvm::flush);
        List<Long> factors = new ArrayList<>(processes.size());
        long workersCpu = 0;
        for (WorkerJvm process : processes) {
            MappedFlagWorker.Answer answer = MappedFlagWorker.Answer.parse(process.receive());
            factors.add(answer.factor());
            workersCpu += answer.cpuNanos();
        }
        long ownCpu = CpuClock.javaThreadsNanos() - cpuBefore;
        return new Verification(PrimeVerifier.combine(n, factors), ownCpu + workersCpu);
    }

    @Override
    public void close() {
        processes.forEach(WorkerJvm::close);
        flag.close();
        deleteFlagFile();
    }

    private void deleteFlagFile() {
        try {
            Files.deleteIfExists(flagFile);
        } catch (IOException e) {
            // a leftover one-byte file in a temporary directory harms nobody
        }
    }
}
