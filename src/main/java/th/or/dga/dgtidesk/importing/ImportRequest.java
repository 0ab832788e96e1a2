package th.or.dga.dgtidesk.importing;

/** A file read and mapped, to be previewed or committed; {@code workshopId} only for registrations. */
public record ImportRequest(ImportKind kind, String workshopId, SourceTable table, ColumnMapping mapping,
        String mappingName) {

    public ImportRequest withMapping(ColumnMapping changed) {
        return new ImportRequest(kind, workshopId, table, changed, mappingName);
    }
}
