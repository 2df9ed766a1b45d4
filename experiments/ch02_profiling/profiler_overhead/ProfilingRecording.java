package dev.perflab.experiments.ch02.overhead;

import java.io.IOException;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JDK Flight Recorder recording inside the measuring JVM, with the JDK's {@code profile}
 * settings (execution samples every 10 ms, allocation samples, locks, I/O), as
 * {@code -XX:StartFlightRecording:settings=profile} would start it. Nothing is kept: closing the
 * recording discards its data, and JFR deletes its repository when the JVM exits.
 */
final class ProfilingRecording implements AutoCloseable {

    private final Recording recording;

    private ProfilingRecording(Recording recording) {
        this.recording = recording;
    }

    static ProfilingRecording start() {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setName("ch02.profiler-overhead");
            // Chunks go to the repository on disk, as a command-line recording's do: the cost
            // measured includes writing them.
            recording.setToDisk(true);
            recording.start();
            return new ProfilingRecording(recording);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the JDK's 'profile' JFR settings cannot be read", e);
        }
    }

    Recording recording() {
        return recording;
    }

    @Override
    public void close() {
        recording.close();
    }
}
