package dev.perflab.experiments.ch02.overhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch02.julia.JuliaSet;
import jdk.jfr.RecordingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProfilerOverheadTest {

    /** The tracer sees what line_profiler saw in the book: the same hits on the same lines. */
    @Test
    void theTracerCountsTheBooksHitsAndTheBooksSum() {
        LineTracer tracer = new LineTracer(TracedJulia.LINES);
        long sum = TracedJulia.calcPurePython(JuliaSet.BOOK_WIDTH, JuliaSet.BOOK_MAX_ITERATIONS, tracer);
        assertThat(sum).isEqualTo(33_219_980L);
        assertThat(tracer.hits(TracedJulia.WHILE_LINE)).isEqualTo(34_219_980L);
        assertThat(tracer.hits(TracedJulia.UPDATE_LINE)).isEqualTo(33_219_980L);
        assertThat(tracer.hits(TracedJulia.COUNT_LINE)).isEqualTo(33_219_980L);
        for (int line = 0; line < TracedJulia.LINES; line++) {
            assertThat(tracer.nanos(line)).as("time of line %d", line).isPositive();
        }
    }

    @Test
    void theTracerGivesALineTheTimeUntilTheNextEvent() {
        LineTracer tracer = new LineTracer(2);
        tracer.hit(0);
        tracer.hit(1);
        tracer.flush();
        tracer.hit(0);
        tracer.flush();
        assertThat(tracer.hits(0)).isEqualTo(2);
        assertThat(tracer.hits(1)).isEqualTo(1);
        // The last event has no successor yet: only the first two intervals are counted.
        assertThat(tracer.nanos(0)).isNotNegative();
        assertThat(tracer.nanos(1)).isNotNegative();
    }

    @Test
    void timersTimeEveryStageAndEveryRow() {
        StageTimers timers = new StageTimers();
        long sum = timers.calcPurePython(200, 300);
        assertThat(sum).isEqualTo(JuliaSet.calcPurePython(200, 300));
        assertThat(timers.rows).isEqualTo(JuliaSet.buildCoordinates(200).height());
        assertThat(timers.coordinatesNanos).isPositive();
        assertThat(timers.kernelNanos).isPositive().isGreaterThanOrEqualTo(timers.rowNanos);
        assertThat(timers.rowNanos).isPositive();
    }

    @Test
    void theRecordingSamplesWithTheProfileSettingsUntilClosed() {
        ProfilingRecording recording = ProfilingRecording.start();
        try {
            assertThat(recording.recording().getState()).isEqualTo(RecordingState.RUNNING);
            assertThat(recording.recording().getSettings())
                    .containsEntry("jdk.ExecutionSample#enabled", "true")
                    .containsEntry("jdk.ExecutionSample#period", "10 ms");
        } finally {
            recording.close();
        }
        assertThat(recording.recording().getState()).isEqualTo(RecordingState.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(Measurement.class)
    void everyVariantPassesItsOwnCheck(Measurement measurement) {
        ProfilerOverhead benchmark = benchmark(measurement.id, 150);
        benchmark.startWatching();
        try {
            assertThat(benchmark.julia()).isEqualTo(JuliaSet.calcPurePython(150, 300));
            benchmark.checkSum();
        } finally {
            benchmark.stopWatching();
        }
    }

    @Test
    void aWrongSumFailsTheRun() {
        ProfilerOverhead benchmark = benchmark("timers", 150);
        benchmark.startWatching();
        benchmark.size = 151;
        benchmark.julia();
        assertThatThrownBy(benchmark::checkSum)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("timers");
    }

    @Test
    void rejectsAnUnknownVariant() {
        assertThatThrownBy(() -> Measurement.of("cprofile")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ProfilerOverhead benchmark(String variant, int size) {
        ProfilerOverhead benchmark = new ProfilerOverhead();
        benchmark.variant = variant;
        benchmark.size = size;
        benchmark.maxIterations = 300;
        return benchmark;
    }
}
