package dev.perflab.experiments.ch09.verifyflags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.experiments.ch09.workerjvm.WorkerJvm;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VerifyPrimesFlagsTest {

    /** 1,000,003 × 1,000,033: its only factor in range lies at the very end of it. */
    private static final long TWO_PRIMES = 1_000_003L * 1_000_033L;

    private static final long A_PRIME_NEAR_1E14 = 100_000_000_000_031L;

    @Test
    void candidatesAreTheBooksNumbersWithTheirTrueFactors() {
        for (Candidate candidate : Candidate.values()) {
            BigInteger value = BigInteger.valueOf(candidate.value);
            assertThat(value.isProbablePrime(64)).as(candidate.id).isEqualTo(candidate.isPrime());
            if (!candidate.isPrime()) {
                assertThat(candidate.value % candidate.smallestFactor)
                        .as(candidate.id)
                        .isZero();
                assertThat(BigInteger.valueOf(candidate.smallestFactor).isProbablePrime(64))
                        .isTrue();
            }
        }
        assertThat(Candidate.of("prime-2").value).isEqualTo(100_109_100_129_162_907L);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "9,1", "25,3", "1000001,2", "100109100129100151,4", "112272535095295,3", "15,8"})
    void rangesHoldEveryOddDivisorUpToTheRootOnce(long n, int workers) {
        List<FactorRanges.Range> ranges = FactorRanges.split(n, workers);
        assertThat(ranges).hasSize(workers);
        long root = BigInteger.valueOf(n).sqrt().longValueExact();
        long expected = root < 3 ? 0 : (root - 3) / 2 + 1;
        long next = 3;
        long total = 0;
        for (FactorRanges.Range range : ranges) {
            if (range.divisors() > 0) {
                assertThat(range.first()).isEqualTo(next);
                next = range.last() + 2;
            }
            total += range.divisors();
        }
        assertThat(total).isEqualTo(expected);
        if (expected > 0) {
            assertThat(next - 2).isLessThanOrEqualTo(root).isGreaterThan(root - 2);
        }
    }

    @Test
    void aSearchRaisesTheFlagWhenItFindsAFactor() {
        var flag = new StopFlag.Volatile();
        var range = new FactorRanges.Range(3, 1_000_033);
        assertThat(FactorSearch.scan(TWO_PRIMES, range, 1000, flag)).isEqualTo(1_000_003);
        assertThat(flag.raised()).isTrue();
    }

    @Test
    void aSearchStopsAtItsNextCheckOnceTheFlagIsUp() {
        var flag = new StopFlag.Volatile();
        flag.raise();
        var range = new FactorRanges.Range(3, 1_000_033);
        assertThat(FactorSearch.scan(TWO_PRIMES, range, 1000, flag)).isZero();
        assertThat(FactorSearch.scan(TWO_PRIMES, range, 1000, new StopFlag.None()))
                .isEqualTo(1_000_003);
    }

    @ParameterizedTest
    @EnumSource(FlagKind.class)
    void everyFlagGivesTheRightVerdictForEveryCandidate(FlagKind kind) {
        try (PrimeVerifier verifier = PrimeVerifier.open(kind, 3, 10_000)) {
            for (Candidate candidate : Candidate.values()) {
                Verdict verdict = verifier.verify(candidate.value).verdict();
                assertThat(candidate.accepts(verdict))
                        .as(kind + " on " + candidate.id + ": " + verdict)
                        .isTrue();
            }
            assertThat(verifier.verify(TWO_PRIMES).verdict()).isEqualTo(new Verdict(TWO_PRIMES, 1_000_003));
            assertThat(verifier.verify(1_000_003L).verdict().prime()).isTrue();
            assertThat(BigInteger.valueOf(A_PRIME_NEAR_1E14).isProbablePrime(64))
                    .isTrue();
        }
    }

    private static long factorFrom(WorkerJvm worker) {
        MappedFlagWorker.Answer answer = MappedFlagWorker.Answer.parse(worker.receive());
        assertThat(answer.cpuNanos()).isNotNegative();
        return answer.factor();
    }

    @Test
    void aVerificationCountsTheCpuTimeOfItsWorkerProcesses() {
        try (PrimeVerifier processes = PrimeVerifier.open(FlagKind.MMAP, 2, 1000)) {
            Verification verification = processes.verify(Candidate.SMALL_NON_PRIME.value);
            long ownCpuBefore = CpuClock.javaThreadsNanos();
            Verification prime = processes.verify(A_PRIME_NEAR_1E14);
            long ownCpu = CpuClock.javaThreadsNanos() - ownCpuBefore;
            assertThat(verification.verdict().factor()).isEqualTo(5);
            assertThat(prime.verdict().prime()).isTrue();
            // Five million divisions are done in the worker processes, not here: what this JVM
            // spent waiting for them cannot account for the CPU time the verification reports.
            assertThat(prime.cpuNanos()).isGreaterThan(ownCpu);
        }
    }

    @Test
    void theFlagFileIsGoneOnceTheWorkersHaveMappedItAndTheFlagStillWorks() {
        try (var processes = new ProcessVerifier(2, 1000)) {
            assertThat(processes.flagFile()).doesNotExist();
            assertThat(processes.verify(TWO_PRIMES).verdict()).isEqualTo(new Verdict(TWO_PRIMES, 1_000_003));
            assertThat(processes.verify(TWO_PRIMES).verdict())
                    .as("found again: the workers saw this process lower the flag the first search raised")
                    .isEqualTo(new Verdict(TWO_PRIMES, 1_000_003));
        }
    }

    @Test
    void aWrongVerdictIsRejected() {
        assertThat(Candidate.PRIME_1.accepts(new Verdict(Candidate.PRIME_1.value, 3)))
                .isFalse();
        assertThat(Candidate.LARGE_NON_PRIME_1.accepts(new Verdict(Candidate.LARGE_NON_PRIME_1.value, 0)))
                .isFalse();
        assertThat(Candidate.LARGE_NON_PRIME_1.accepts(new Verdict(Candidate.LARGE_NON_PRIME_1.value, 7)))
                .isFalse();
    }

    @Test
    void aWorkerProcessSeesTheFlagThisProcessRaisesInTheMappedFile() throws Exception {
        Path file = MappedFlag.createFile();
        List<WorkerJvm> workers = WorkerJvm.start(1, MappedFlagWorker.class, List.of(file.toString()));
        try (MappedFlag flag = new MappedFlag(file)) {
            WorkerJvm worker = workers.get(0);
            String command = MappedFlagWorker.command(TWO_PRIMES, new FactorRanges.Range(3, 1_000_033), 1000);
            worker.send(command);
            assertThat(factorFrom(worker)).isEqualTo(1_000_003);
            assertThat(flag.raised()).as("raised by the worker process").isTrue();
            worker.send(command);
            assertThat(factorFrom(worker)).as("stopped by the flag still up").isZero();
            flag.lower();
            worker.send(command);
            assertThat(factorFrom(worker)).isEqualTo(1_000_003);
        } finally {
            workers.forEach(WorkerJvm::close);
            Files.deleteIfExists(file);
        }
        assertThat(workers.get(0).isAlive()).isFalse();
    }
}
