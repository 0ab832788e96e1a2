package th.or.dga.dgtidesk.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A4 landscape, one page wide (as many pages tall as needed), "page X of Y" at the foot. */
final class PrintLayout {

    private PrintLayout() {
    }

    /** {@code footer} holds Excel's codes: &amp;P is the page, &amp;N the number of pages. */
    static void apply(Sheet sheet, String footer, boolean repeatHeaderRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(footer);
        if (repeatHeaderRow) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }
}
