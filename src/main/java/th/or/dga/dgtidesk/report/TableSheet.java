package th.or.dga.dgtidesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One list sheet: a frozen, filtered header row over typed columns with set widths (never
 * auto-sized: too slow on streamed sheets), printed A4 landscape. Text is always written as a
 * string cell, so user text such as "=cmd|..." stays text and is never a formula.
 */
final class TableSheet {

    enum Kind { TEXT, WRAPPED, INTEGER, BAHT, PERCENT, DATE, DATE_TIME }

    record Column(String title, int widthChars, Kind kind) {
    }

    /** A longer text is cut at this many lines: the rest is in the cell, one click away. */
    static final int MAX_LINES = 4;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<Column> columns;
    private int nextRow;

    TableSheet(Sheet sheet, WorkbookStyles styles, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        sheet.setDefaultRowHeightInPoints(WorkbookStyles.ROW_POINTS);
        Row header = sheet.createRow(nextRow++);
        header.setHeightInPoints(WorkbookStyles.HEADER_POINTS);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, columns.get(c).widthChars() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row; each value matches its column's kind (null leaves the cell empty). */
    void add(Object... values) {
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                Column column = columns.get(c);
                write(row.createCell(c), column.kind(), values[c], styles);
                if (column.kind() == Kind.WRAPPED) {
                    lines = Math.max(lines, lines(values[c].toString(), column.widthChars()));
                }
            }
        }
        // Rows have a set height, and LibreOffice does not grow them to fit: a long title or
        // venue would show its first line only.
        if (lines > 1) {
            row.setHeightInPoints(WorkbookStyles.ROW_POINTS * lines);
        }
    }

    /**
     * The lines {@code text} wraps to in a column {@code widthChars} wide, at most {@link #MAX_LINES}:
     * an estimate by characters that take space (Thai vowel and tone marks above and below a
     * letter take none), which is what a column's width is measured in.
     */
    static int lines(String text, int widthChars) {
        int spacing = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
                spacing++;
            }
        }
        return Math.min(MAX_LINES, Math.max(1, (spacing + widthChars - 1) / widthChars));
    }

    int rows() {
        return nextRow - 1;
    }

    /** Autofilter over what was written, and the print layout. */
    void finish(String footer) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        PrintLayout.apply(sheet, footer, true);
    }

    static void write(Cell cell, Kind kind, Object value, WorkbookStyles styles) {
        switch (kind) {
            case TEXT, WRAPPED -> {
                cell.setCellValue(value.toString());
                cell.setCellStyle(kind == Kind.WRAPPED ? styles.wrapped : styles.text);
            }
            case INTEGER -> number(cell, value, styles.integer);
            case BAHT -> number(cell, value, styles.baht);
            case PERCENT -> number(cell, value, styles.percent);
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case DATE_TIME -> {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(styles.dateTime);
            }
        }
    }

    private static void number(Cell cell, Object value, CellStyle style) {
        cell.setCellValue(((Number) value).doubleValue());
        cell.setCellStyle(style);
    }
}
