package th.or.dga.dgtidesk.importing;

import java.util.List;

/**
 * A file read as a table: its header row and the data rows below it, with how it was read.
 * {@code encoding} and {@code delimiter} are null for a spreadsheet (it carries its own).
 */
public record SourceTable(String fileName, String sha256, Format format, String encoding, boolean byteOrderMark,
        Character delimiter, List<String> headers, List<SourceRow> rows) {

    public enum Format { CSV, XLSX, XLS }

    public SourceTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** What the encoding line shows: "UTF-8 (BOM)", "windows-874", "Excel (.xlsx)". */
    public String encodingLabel() {
        if (format != Format.CSV) {
            return "Excel (." + format.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return byteOrderMark ? encoding + " (BOM)" : encoding;
    }
}
