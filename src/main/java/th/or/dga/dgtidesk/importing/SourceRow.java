package th.or.dga.dgtidesk.importing;

import java.util.List;

/** One row of a file as read, with its row number as a spreadsheet shows it (the header is row 1 or below). */
public record SourceRow(int number, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell in {@code column}, or "" past the end of a short row. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
