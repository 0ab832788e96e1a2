package th.or.dga.dgtidesk.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's few cell styles, made once (Excel allows about 64,000 and slows down long before).
 * Every style uses the report font. Dates are real Excel dates shown in the Buddhist era by the
 * number format's calendar code (STACK.md: {@code [$-107041E]} works in Excel and LibreOffice).
 */
final class WorkbookStyles {

    static final String BE_DATE = "[$-107041E]d/m/yyyy";
    static final String BE_DATE_TIME = "[$-107041E]d/m/yyyy h:mm";
    static final short FONT_POINTS = 14;
    /**
     * Row height for one line of 14-point Thai text: the marks above and below Thai letters need
     * more than the 15-point default, and LibreOffice does not grow rows to fit on its own.
     */
    static final float ROW_POINTS = 22;
    /** Header rows hold two lines, so long Thai column titles wrap instead of being cut. */
    static final float HEADER_POINTS = 44;

    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle header;
    final CellStyle title;
    final CellStyle label;
    final CellStyle integer;
    final CellStyle baht;
    final CellStyle percent;
    final CellStyle integerChange;
    final CellStyle bahtChange;
    final CellStyle percentChange;
    final CellStyle date;
    final CellStyle dateTime;

    WorkbookStyles(XSSFWorkbook workbook, String fontName) {
        // The default font (index 0) is what empty cells and row heights use.
        XSSFFont defaultFont = workbook.getFontAt(0);
        // POI's default font follows the theme's "minor" font (Calibri): LibreOffice then draws
        // plain Thai text in the theme's font, not the report font. Unlinked, the name holds.
        defaultFont.setScheme(FontScheme.NONE);
        defaultFont.setFontName(fontName);
        defaultFont.setFontHeightInPoints(FONT_POINTS);
        Font bold = font(workbook, fontName, FONT_POINTS, true);
        Font large = font(workbook, fontName, (short) 20, true);
        // Plain text names its style, though the default (index 0) looks the same in Excel:
        // LibreOffice draws unstyled cells in its own default (10-point, at the bottom of the row)
        // because POI writes no "Normal" named style.
        text = style(workbook, defaultFont, null);
        wrapped = style(workbook, defaultFont, null);
        wrapped.setWrapText(true);
        header = style(workbook, bold, null);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        title = style(workbook, large, null);
        label = style(workbook, bold, null);
        integer = style(workbook, defaultFont, "#,##0");
        baht = style(workbook, defaultFont, "#,##0.00");
        percent = style(workbook, defaultFont, "0.0%");
        integerChange = style(workbook, defaultFont, "+#,##0;-#,##0;0");
        bahtChange = style(workbook, defaultFont, "+#,##0.00;-#,##0.00;0.00");
        percentChange = style(workbook, defaultFont, "+0.0%;-0.0%;0.0%");
        date = style(workbook, defaultFont, BE_DATE);
        dateTime = style(workbook, defaultFont, BE_DATE_TIME);
    }

    private static Font font(XSSFWorkbook workbook, String name, short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
