package th.or.dga.dgtidesk.bench;

import java.util.Arrays;

/** Timings in milliseconds, with the median and 95th percentile (nearest rank). */
final class Samples {

    private final double[] millis;
    private int count;

    Samples(int capacity) {
        this.millis = new double[capacity];
    }

    /** Times {@code work} once and records it. */
    void time(ThrowingRunnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark step failed", e);
        }
        millis[count++] = (System.nanoTime() - start) / 1_000_000.0;
    }

    /**
     * Runs the application's step and its floor once each, back to back, recording both when
     * {@code measured} (warm-up rounds run them unrecorded).
     */
    static void measure(boolean measured, Samples samples, ThrowingRunnable app, Samples plain,
            ThrowingRunnable base) throws java.sql.SQLException {
        try {
            if (measured) {
                samples.time(app);
                plain.time(base);
            } else {
                app.run();
                base.run();
            }
        } catch (java.sql.SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int count() {
        return count;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
