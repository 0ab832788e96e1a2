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
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                write(row.createCell(c), columns.get(c).kind(), values[c], styles);
            }
        }
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
