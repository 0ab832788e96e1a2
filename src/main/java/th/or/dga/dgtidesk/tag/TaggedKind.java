package th.or.dga.dgtidesk.tag;

/** The records that carry tags from the shared vocabulary. */
public enum TaggedKind {
    WORKSHOP, INNOVATOR, SOLUTION, NEED
}
