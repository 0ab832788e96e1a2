package th.or.dga.dgtidesk.workshop.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.spreadsheet.Cells;
import th.or.dga.dgtidesk.spreadsheet.SheetStyles;
import th.or.dga.dgtidesk.workshop.Participant;
import th.or.dga.dgtidesk.workshop.Workshop;

/**
 * The paper at the door: A4 portrait in the official font, a header with the center, workshop,
 * date (Buddhist era) and venue, then numbered rows — name, organization, check-in code and an
 * empty signature box — with the column header repeated on every page and "page X of Y" below.
 * Blank numbered rows at the end take the walk-ins' names by hand.
 */
public final class SignInSheet {

    /** Rows left blank after the participants for walk-ins. */
    static final int BLANK_ROWS = 10;
    private static final short POINTS = 14;
    private static final float ROW_POINTS = 30f;
    static final int HEADER_ROW = 4;

    private SignInSheet() {
    }

    /** Participants holding a seat (registered or already attended), in Thai name order. */
    public static List<Participant> seated(List<Participant> participants) {
        return participants.stream().filter(p -> p.status().holdsSeat()).toList();
    }

    public static void write(SheetContext context, OutputStream out, ProgressMonitor progress) throws IOException {
        Messages messages = context.messages();
        Workshop workshop = context.workshop();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook, context.fontName(), POINTS, true);
            XSSFSheet sheet = workbook.createSheet(messages.get("sheets.signIn.sheetName"));
            Cells.text(sheet.createRow(0), 0, context.centerName(), styles.subtitle());
            Cells.text(sheet.createRow(1), 0, messages.get("sheets.signIn.title", workshop.titleTh()), styles.title());
            String when = ThaiDates.longDate(workshop.startsAt().toLocalDate(), context.calendar(), messages.locale())
                    + "  " + workshop.startsAt().toLocalTime() + "–" + workshop.endsAt().toLocalTime();
            Cells.text(sheet.createRow(2), 0, messages.get("sheets.signIn.when", when,
                    workshop.venue() == null ? "-" : workshop.venue(), workshop.code()), styles.subtitle());
            for (int r = 0; r < 3; r++) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
            }
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(ROW_POINTS);
            String[] titles = {"sheets.column.number", "sheets.column.name", "sheets.column.organization",
                "sheets.column.code", "sheets.column.signature"};
            for (int c = 0; c < titles.length; c++) {
                Cells.text(header, c, messages.get(titles[c]), styles.header());
            }
            List<Participant> seated = seated(context.participants());
            int total = seated.size() + BLANK_ROWS;
            for (int i = 0; i < total; i++) {
                Row row = sheet.createRow(HEADER_ROW + 1 + i);
                row.setHeightInPoints(ROW_POINTS);
                Participant participant = i < seated.size() ? seated.get(i) : null;
                Cells.number(row, 0, i + 1, styles.centered());
                Cells.text(row, 1, participant == null ? null : participant.displayName(), styles.text());
                Cells.text(row, 2, participant == null ? null : participant.organizationNameTh(), styles.text());
                Cells.text(row, 3, participant == null ? null : participant.checkinCode(), styles.centered());
                Cells.text(row, 4, null, styles.text());
                if (i % 200 == 0) {
                    progress.checkCancelled();
                    progress.progress((double) i / total, null);
                }
            }
            int[] widths = {7, 34, 34, 13, 24};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            printSetup(sheet, messages);
            progress.checkCancelled();
            workbook.write(out);
            progress.progress(1, null);
        }
    }

    private static void printSetup(XSSFSheet sheet, Messages messages) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(messages.get("sheets.footer.page", "&P", "&N"));
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }
}
