package th.or.dga.dgtidesk.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of our workbooks, made once per workbook (Excel allows about 64,000 styles, and
 * a style per cell would reach that on a large sheet). Every style uses the report font: the file
 * names it (TH Sarabun New by default) and Excel substitutes when the machine lacks it.
 */
public final class SheetStyles {

    /** Buddhist-era dates in Excel and LibreOffice: locale 041E (Thai), calendar 07 (Buddhist). */
    public static final String BE_DATE = "[$-107041E]d/m/yyyy";
    public static final String BE_DATE_TIME = "[$-107041E]d/m/yyyy hh:mm";
    public static final String CE_DATE = "d/m/yyyy";
    public static final String CE_DATE_TIME = "d/m/yyyy hh:mm";

    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle centered;
    private final CellStyle integer;
    private final CellStyle date;
    private final CellStyle dateTime;

    public SheetStyles(Workbook workbook, String fontName, short points, boolean buddhistDates) {
        Font regular = font(workbook, fontName, points, false);
        Font bold = font(workbook, fontName, points, true);
        Font large = font(workbook, fontName, (short) (points + 4), true);
        title = workbook.createCellStyle();
        title.setFont(large);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(regular);
        header = bordered(workbook, bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(workbook, regular);
        centered = bordered(workbook, regular);
        centered.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(workbook, regular);
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        date = bordered(workbook, regular);
        date.setDataFormat(workbook.createDataFormat().getFormat(buddhistDates ? BE_DATE : CE_DATE));
        date.setAlignment(HorizontalAlignment.CENTER);
        dateTime = bordered(workbook, regular);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(buddhistDates ? BE_DATE_TIME : CE_DATE_TIME));
        dateTime.setAlignment(HorizontalAlignment.CENTER);
    }

    private static Font font(Workbook workbook, String name, short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle subtitle() {
        return subtitle;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle text() {
        return text;
    }

    public CellStyle centered() {
        return centered;
    }

    public CellStyle integer() {
        return integer;
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle dateTime() {
        return dateTime;
    }
}
