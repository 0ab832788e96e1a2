package th.or.dga.dgtidesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiComparison;
import th.or.dga.dgtidesk.kpi.KpiSnapshot;
import th.or.dga.dgtidesk.kpi.WeekPoint;
import th.or.dga.dgtidesk.matching.MatchStage;

/**
 * The first sheet: who, which period, when made; the KPI table; the tables behind the two native
 * charts (last 12 weeks, match pipeline) with the charts beside them; participants by sector and
 * province. It is an ordinary (not streamed) sheet, because charts need the full XSSF model.
 */
final class SummarySheet {

    /** Row of the KPI table's header (0-based); the table's values are read back by tests. */
    static final int KPI_HEADER_ROW = 7;
    private static final int CHART_COLUMN = 6;
    private static final int CHART_WIDTH = 10;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final Messages messages;
    private int nextRow;

    SummarySheet(XSSFSheet sheet, WorkbookStyles styles, Messages messages) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
        sheet.setDefaultRowHeightInPoints(WorkbookStyles.ROW_POINTS);
        sheet.setColumnWidth(0, 46 * 256);
        for (int c = 1; c <= 4; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
    }

    void write(String centerName, KpiComparison comparison, LocalDateTime generatedAt, List<WeekPoint> weeks,
            Map<MatchStage, Integer> pipeline, String footer) {
        Row titleRow = sheet.createRow(nextRow++);
        titleRow.setHeightInPoints(2 * WorkbookStyles.ROW_POINTS);
        Cell title = titleRow.createCell(0);
        title.setCellValue(messages.get("report.title"));
        title.setCellStyle(styles.title);
        labelled("report.center", centerName);
        period(messages.get("report.period"), comparison.period().range());
        period(messages.get("report.previousPeriod"), comparison.previousPeriod().range());
        period(messages.get("report.yearToDate",
                String.valueOf(FiscalYear.of(comparison.yearToDateRange().end()).beYear())),
                comparison.yearToDateRange());
        Row generated = sheet.createRow(nextRow++);
        label(generated, messages.get("report.generatedAt"));
        TableSheet.write(generated.createCell(1), TableSheet.Kind.DATE_TIME, generatedAt, styles);
        nextRow = KPI_HEADER_ROW;
        kpiTable(comparison);
        nextRow++;
        int weeksHeader = nextRow;
        weeksTable(weeks);
        nextRow++;
        int pipelineHeader = nextRow;
        pipelineTable(pipeline);
        nextRow++;
        breakdown("report.column.sector", comparison.current().participantsBySector(), "kpi.sector.");
        nextRow++;
        breakdown("report.column.province", comparison.current().participantsByProvince(), null);
        weeksChart(weeksHeader, weeks.size());
        pipelineChart(pipelineHeader, pipeline.size());
        PrintLayout.apply(sheet, footer, false);
    }

    private void labelled(String key, String value) {
        Row row = sheet.createRow(nextRow++);
        label(row, messages.get(key));
        TableSheet.write(row.createCell(1), TableSheet.Kind.TEXT, value, styles);
    }

    private void period(String text, DateRange range) {
        Row row = sheet.createRow(nextRow++);
        label(row, text);
        TableSheet.write(row.createCell(1), TableSheet.Kind.DATE, range.start(), styles);
        TableSheet.write(row.createCell(2), TableSheet.Kind.DATE, range.end(), styles);
    }

    private void label(Row row, String text) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.label);
    }

    private void header(String... titles) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.header);
        }
    }

    private void kpiTable(KpiComparison comparison) {
        header(messages.get("report.column.kpi"), messages.get("report.column.current"),
                messages.get("report.column.previous"), messages.get("report.column.change"),
                messages.get("report.column.yearToDate"));
        for (Kpi kpi : Kpi.values()) {
            Row row = sheet.createRow(nextRow++);
            TableSheet.write(row.createCell(0), TableSheet.Kind.TEXT, kpi.displayName(messages), styles);
            TableSheet.Kind kind = switch (kpi.unit()) {
                case COUNT -> TableSheet.Kind.INTEGER;
                case BAHT -> TableSheet.Kind.BAHT;
                case PERCENT -> TableSheet.Kind.PERCENT;
            };
            value(row, 1, kind, comparison.current().value(kpi));
            value(row, 2, kind, comparison.previous().value(kpi));
            Double change = comparison.change(kpi);
            if (change != null) {
                Cell cell = row.createCell(3);
                cell.setCellValue(change);
                cell.setCellStyle(switch (kpi.unit()) {
                    case COUNT -> styles.integerChange;
                    case BAHT -> styles.bahtChange;
                    case PERCENT -> styles.percentChange;
                });
            }
            value(row, 4, kind, comparison.yearToDate().value(kpi));
        }
    }

    private void value(Row row, int column, TableSheet.Kind kind, Double value) {
        if (value != null) {
            TableSheet.write(row.createCell(column), kind, value, styles);
        }
    }

    private void weeksTable(List<WeekPoint> weeks) {
        header(messages.get("report.column.weekOf"), messages.get("kpi.registrations.name"),
                messages.get("kpi.attended.name"), messages.get("report.column.monday"));
        for (WeekPoint week : weeks) {
            Row row = sheet.createRow(nextRow++);
            LocalDate monday = week.week().start();
            TableSheet.write(row.createCell(0), TableSheet.Kind.TEXT,
                    ThaiDates.mediumDate(monday, CalendarSystem.BUDDHIST, messages.locale()), styles);
            TableSheet.write(row.createCell(1), TableSheet.Kind.INTEGER, week.registrations(), styles);
            TableSheet.write(row.createCell(2), TableSheet.Kind.INTEGER, week.attended(), styles);
            TableSheet.write(row.createCell(3), TableSheet.Kind.DATE, monday, styles);
        }
    }

    private void pipelineTable(Map<MatchStage, Integer> pipeline) {
        header(messages.get("report.column.stage"), messages.get("report.column.matches"));
        pipeline.forEach((stage, count) -> {
            Row row = sheet.createRow(nextRow++);
            TableSheet.write(row.createCell(0), TableSheet.Kind.TEXT, messages.get("match.stage." + stage.code()),
                    styles);
            TableSheet.write(row.createCell(1), TableSheet.Kind.INTEGER, count, styles);
        });
    }

    private void breakdown(String titleKey, Map<String, Long> counts, String labelPrefix) {
        header(messages.get(titleKey), messages.get("report.column.participants"));
        counts.forEach((key, count) -> {
            Row row = sheet.createRow(nextRow++);
            String name = labelPrefix != null ? messages.get(labelPrefix + key)
                    : KpiSnapshot.UNKNOWN.equals(key) ? messages.get("kpi.province.unknown") : key;
            TableSheet.write(row.createCell(0), TableSheet.Kind.TEXT, name, styles);
            TableSheet.write(row.createCell(1), TableSheet.Kind.INTEGER, count, styles);
        });
    }

    private void weeksChart(int headerRow, int weeks) {
        XSSFChart chart = chart(KPI_HEADER_ROW, headerRow - 1, messages.get("report.chart.weeks"));
        XDDFBarChartData data = barData(chart);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow + 1, headerRow + weeks, 0, 0));
        series(data, labels, headerRow, weeks, 1, PresetColor.STEEL_BLUE);
        series(data, labels, headerRow, weeks, 2, PresetColor.DARK_ORANGE);
        chart.plot(data);
    }

    private void pipelineChart(int headerRow, int stages) {
        XSSFChart chart = chart(headerRow, headerRow + Math.max(stages, 10), messages.get("report.chart.pipeline"));
        XDDFBarChartData data = barData(chart);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow + 1, headerRow + stages, 0, 0));
        series(data, labels, headerRow, stages, 1, PresetColor.SEA_GREEN);
        chart.plot(data);
    }

    private XSSFChart chart(int fromRow, int toRow, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, fromRow,
                CHART_COLUMN + CHART_WIDTH, toRow + 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFBarChartData barData(XSSFChart chart) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        return data;
    }

    private void series(XDDFBarChartData data, XDDFDataSource<String> labels, int headerRow, int points, int column,
            PresetColor color) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(headerRow + 1, headerRow + points, column, column));
        XDDFChartData.Series series = data.addSeries(labels, values);
        series.setTitle(sheet.getRow(headerRow).getCell(column).getStringCellValue(),
                new CellReference(sheet.getSheetName(), headerRow, column, true, true));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        series.setShapeProperties(shape);
    }
}
