package th.or.dga.dgtidesk.bench;

/**
 * One hot path measured next to its floor (the least the same work can cost, measured in the
 * same run on the same file), with the target the issue set, if any, and for the entries that watch
 * memory the most heap still in use after a garbage collection during the run.
 */
public record BenchResult(String name, double medianMs, double p95Ms, double floorP95Ms, int samples,
        Double targetP95Ms, String floor, Double peakHeapMb) {

    /** An entry that does not report memory. */
    public BenchResult(String name, double medianMs, double p95Ms, double floorP95Ms, int samples, Double targetP95Ms,
            String floor) {
        this(name, medianMs, p95Ms, floorP95Ms, samples, targetP95Ms, floor, null);
    }

    /** p95 ÷ floor p95: how much the application's own layers cost on top of the floor. */
    public double ratio() {
        return floorP95Ms <= 0 ? 0 : p95Ms / floorP95Ms;
    }

    /** Whether p95 meets the target (true when there is none). */
    public boolean meetsTarget() {
        return targetP95Ms == null || p95Ms <= targetP95Ms;
    }
}
