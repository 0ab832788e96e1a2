package th.or.dga.dgtidesk.importing;

/** A committed import: its record's id and the outcomes as written. */
public record ImportReport(String importId, ImportPreview preview) {
}
