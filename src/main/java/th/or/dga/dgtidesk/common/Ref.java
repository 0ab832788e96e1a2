package th.or.dga.dgtidesk.common;

/** A record's id with the name pickers and lists show for it (an organization, a person, a solution). */
public record Ref(String id, String name) {
}
