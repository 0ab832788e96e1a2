package th.or.dga.dgtidesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.or.dga.dgtidesk.report.TableSheet.Column;
import th.or.dga.dgtidesk.report.TableSheet.Kind;

class TableSheetTest {

    @Test
    void thaiMarksTakeNoWidthWhenCountingLines() {
        // Ten letters, each with a tone mark above it that takes no width.
        String tenWide = "ก่".repeat(10);
        assertThat(TableSheet.lines(tenWide, 10)).isEqualTo(1);
        assertThat(TableSheet.lines(tenWide + "ก", 10)).isEqualTo(2);
        assertThat(TableSheet.lines("x".repeat(1_000), 10)).isEqualTo(TableSheet.MAX_LINES);
    }

    @Test
    void aLongWrappedValueGrowsItsRowAndPlainTextSitsAtTheTop() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook, "TH Sarabun New");
            Sheet sheet = workbook.createSheet("t");
            TableSheet table = new TableSheet(sheet, styles,
                    List.of(new Column("code", 10, Kind.TEXT), new Column("title", 20, Kind.WRAPPED)));
            table.add("A-1", "สั้น");
            table.add("A-2", "ค่ายนวัตกรรม Design Thinking สำหรับผู้บริหาร รุ่นที่ 6");

            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(WorkbookStyles.ROW_POINTS);
            assertThat(sheet.getRow(2).getHeightInPoints()).isEqualTo(WorkbookStyles.ROW_POINTS * 3);
            // Named, not the unnamed default that LibreOffice draws at the bottom in 10 points.
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getIndex()).isNotZero();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
        }
    }
}
