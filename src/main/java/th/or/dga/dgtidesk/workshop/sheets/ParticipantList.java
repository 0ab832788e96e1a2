package th.or.dga.dgtidesk.workshop.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.spreadsheet.Cells;
import th.or.dga.dgtidesk.spreadsheet.CsvFiles;
import th.or.dga.dgtidesk.spreadsheet.SheetStyles;
import th.or.dga.dgtidesk.workshop.Participant;

/**
 * A workshop's participant list for the coordinator's own use, as .xlsx (real dates, filters,
 * frozen header) or CSV (UTF-8 with BOM). Both come from the same column list, so they never
 * disagree about what a column holds.
 */
public final class ParticipantList {

    private record Column(String key, Function<Participant, String> text, Function<Participant, LocalDateTime> time,
            int width) {

        static Column text(String key, Function<Participant, String> value, int width) {
            return new Column(key, value, null, width);
        }

        static Column time(String key, Function<Participant, LocalDateTime> utc, int width) {
            return new Column(key, null, p -> utc.apply(p) == null ? null : Times.toBangkok(utc.apply(p)), width);
        }
    }

    private static List<Column> columns(Messages messages) {
        return List.of(
                Column.text("sheets.column.prefix", Participant::titlePrefix, 10),
                Column.text("sheets.column.firstName", Participant::firstNameTh, 18),
                Column.text("sheets.column.lastName", Participant::lastNameTh, 20),
                Column.text("sheets.column.organization", Participant::organizationNameTh, 34),
                Column.text("sheets.column.organizationKind", p -> p.organizationKind() == null ? null
                        : messages.get("organization.kind." + p.organizationKind()), 18),
                Column.text("sheets.column.phone", p -> ThaiPhone.display(p.phone()), 15),
                Column.text("sheets.column.email", Participant::email, 28),
                Column.text("sheets.column.status", p -> messages.get("registration.status." + p.status().code()), 14),
                Column.text("sheets.column.waitlistPosition", p -> p.waitlistPosition() == null ? null
                        : String.valueOf(p.waitlistPosition()), 10),
                Column.time("sheets.column.registeredAt", Participant::registeredAt, 18),
                Column.text("sheets.column.source", p -> messages.get("registration.source." + p.source()), 14),
                Column.time("sheets.column.checkedInAt", Participant::checkedInAt, 18),
                Column.text("sheets.column.code", Participant::checkinCode, 12));
    }

    private ParticipantList() {
    }

    public static void writeXlsx(SheetContext context, OutputStream out, ProgressMonitor progress) throws IOException {
        Messages messages = context.messages();
        List<Column> columns = columns(messages);
        List<Participant> participants = context.participants();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook, context.fontName(), (short) 14,
                    context.calendar() == th.or.dga.dgtidesk.common.CalendarSystem.BUDDHIST);
            XSSFSheet sheet = workbook.createSheet(messages.get("sheets.participants.sheetName"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cells.text(header, c, messages.get(columns.get(c).key()), styles.header());
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            for (int i = 0; i < participants.size(); i++) {
                Participant participant = participants.get(i);
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    if (column.time() != null) {
                        Cells.dateTime(row, c, column.time().apply(participant), styles.dateTime());
                    } else {
                        Cells.text(row, c, column.text().apply(participant), styles.text());
                    }
                }
                if (i % 200 == 0) {
                    progress.checkCancelled();
                    progress.progress((double) i / participants.size(), null);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(participants.size(), 1), 0, columns.size() - 1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            sheet.getFooter().setCenter(messages.get("sheets.footer.page", "&P", "&N"));
            progress.checkCancelled();
            workbook.write(out);
        }
    }

    /** Dates in CSV are ISO (2026-11-25 09:30): unambiguous for any program that reads the file. */
    public static void writeCsv(SheetContext context, OutputStream out, ProgressMonitor progress) throws IOException {
        Messages messages = context.messages();
        List<Column> columns = columns(messages);
        String[] header = columns.stream().map(c -> messages.get(c.key())).toArray(String[]::new);
        CSVPrinter csv = CsvFiles.printer(out, header);
        List<Participant> participants = context.participants();
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            for (Column column : columns) {
                if (column.time() != null) {
                    LocalDateTime time = column.time().apply(participant);
                    csv.print(time == null ? null : time.toLocalDate() + " " + time.toLocalTime().withNano(0));
                } else {
                    csv.print(CsvFiles.safe(column.text().apply(participant)));
                }
            }
            csv.println();
            if (i % 500 == 0) {
                progress.checkCancelled();
            }
        }
        csv.flush();
    }
}
