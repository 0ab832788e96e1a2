package th.or.dga.dgtidesk.bench;

/**
 * One hot path measured next to its floor (the least the same work can cost, measured in the
 * same run on the same file), with the target the issue set, if any.
 */
public record BenchResult(String name, double medianMs, double p95Ms, double floorP95Ms, int samples,
        Double targetP95Ms, String floor) {

    /** p95 ÷ floor p95: how much the application's own layers cost on top of the floor. */
    public double ratio() {
        return floorP95Ms <= 0 ? 0 : p95Ms / floorP95Ms;
    }

    /** Whether p95 meets the target (true when there is none). */
    public boolean meetsTarget() {
        return targetP95Ms == null || p95Ms <= targetP95Ms;
    }
}
