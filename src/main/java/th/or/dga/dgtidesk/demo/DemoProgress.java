package th.or.dga.dgtidesk.demo;

/**
 * Progress of a generator run: {@code done} of {@code total} steps. Throwing from it (for example
 * a cancellation exception) stops the run, and the whole transaction rolls back.
 */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (done, total, step) -> { };

    void update(int done, int total, String step);
}
