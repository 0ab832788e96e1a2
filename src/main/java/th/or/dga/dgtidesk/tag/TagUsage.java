package th.or.dga.dgtidesk.tag;

/** A tag and how many records of each kind carry it. */
public record TagUsage(String id, String name, int workshops, int innovators, int solutions, int needs) {

    public int total() {
        return workshops + innovators + solutions + needs;
    }
}
