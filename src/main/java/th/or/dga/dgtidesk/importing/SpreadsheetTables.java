package th.or.dga.dgtidesk.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import th.or.dga.dgtidesk.common.UserException;

/**
 * The first sheet of an .xlsx or .xls workbook as rows of text. POI's zip-bomb guard stays on (an
 * entry that inflates more than 100× is refused) and an entry may not inflate past 100 MB. Formulas
 * are never evaluated: a cell counts as the value it was saved with. Dates become ISO text, which
 * the value parser reads like any typed date.
 */
final class SpreadsheetTables {

    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SpreadsheetTables() {
    }

    static List<SourceRow> records(byte[] bytes, String fileName, int maxRows, int maxColumns) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<SourceRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (rows.size() >= maxRows) {
                    throw new UserException("import.file.tooManyRows", maxRows);
                }
                int width = Math.max(0, row.getLastCellNum());
                if (width > maxColumns) {
                    throw new UserException("import.file.tooManyColumns", maxColumns);
                }
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new SourceRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a zip bomb, a damaged or encrypted workbook and a non-workbook alike.
            throw new UserException(e, "import.file.badSpreadsheet", fileName);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                            : value.format(DATE_TIME);
                }
                yield NumberToTextConverter.toText(cell.getNumericCellValue());
            }
            default -> "";
        };
    }
}
