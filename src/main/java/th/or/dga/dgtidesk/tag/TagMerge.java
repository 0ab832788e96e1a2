package th.or.dga.dgtidesk.tag;

/** What a merge of two tags did: the links it moved to {@code intoName}, per kind of record. */
public record TagMerge(String fromName, String intoName, int workshops, int innovators, int solutions, int needs) {
}
