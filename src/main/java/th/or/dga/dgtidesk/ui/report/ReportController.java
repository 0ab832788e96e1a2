package th.or.dga.dgtidesk.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.kpi.KpiPeriod;
import th.or.dga.dgtidesk.opendata.OpenDataset;
import th.or.dga.dgtidesk.report.ReportOptions;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.ExportBar;

/**
 * The Monday-morning screen: pick a period (last week by default), press one button, get the
 * ministry workbook; and the open-data package, previewed before it is written.
 */
public final class ReportController {

    /** The period presets, each a function of today (Bangkok). */
    enum Preset {
        LAST_WEEK(KpiPeriod::lastWeek),
        THIS_WEEK(KpiPeriod::week),
        THIS_MONTH(today -> KpiPeriod.month(YearMonth.from(today))),
        LAST_MONTH(today -> KpiPeriod.month(YearMonth.from(today).minusMonths(1))),
        FISCAL_QUARTER(today -> KpiPeriod.fiscalQuarter(FiscalYear.of(today), FiscalYear.quarterOf(today))),
        FISCAL_YEAR(KpiPeriod::fiscalYearToDate),
        CUSTOM(null);

        private final Function<LocalDate, KpiPeriod> period;

        Preset(Function<LocalDate, KpiPeriod> period) {
            this.period = period;
        }
    }

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final LocalDate today;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private ExportBar exports;

    @FXML private ChoiceBox<Preset> presetChoice;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Label periodLabel;
    @FXML private ChoiceBox<String> languageChoice;
    @FXML private TextField fontField;
    @FXML private CheckBox personalBox;
    @FXML private Button exportButton;
    @FXML private HBox exportBox;
    @FXML private ListView<OpenDataset> datasetList;
    @FXML private TableView<List<String>> previewTable;
    @FXML private Button previewButton;
    @FXML private Button openDataButton;
    @FXML private Label openDataLabel;

    public ReportController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.today = Times.toBangkok(Times.nowUtc(context.clock())).toLocalDate();
    }

    private record Settings(CalendarSystem calendar, String font) {
    }

    @FXML
    private void initialize() {
        presetChoice.getItems().setAll(Preset.values());
        presetChoice.setConverter(Converters.text(preset -> messages.get("report.preset." + preset.name())));
        presetChoice.valueProperty().addListener((o, old, preset) -> showPeriod());
        BuddhistDatePicker.configure(fromDate, calendar, messages);
        BuddhistDatePicker.configure(toDate, calendar, messages);
        fromDate.valueProperty().addListener((o, old, date) -> presetChoiceCustom());
        toDate.valueProperty().addListener((o, old, date) -> presetChoiceCustom());
        languageChoice.getItems().setAll("th", "en");
        languageChoice.setConverter(Converters.text(code -> messages.get("report.language." + code)));
        languageChoice.setValue(Messages.isEnglish(messages.locale()) ? "en" : "th");
        presetChoice.setValue(Preset.LAST_WEEK);
        exports = window.exportBar(exportBox);
        exportBox.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(exportBox.getChildren()));
        datasetList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OpenDataset dataset, boolean empty) {
                super.updateItem(dataset, empty);
                setText(empty || dataset == null ? null : (Messages.isEnglish(messages.locale()) ? dataset.titleEn()
                        : dataset.titleTh()) + "  ·  " + messages.get("opendata.rows", dataset.rows().size()));
            }
        });
        datasetList.getSelectionModel().selectedItemProperty().addListener((o, old, dataset) -> showDataset(dataset));
        previewTable.setPlaceholder(new Label(messages.get("opendata.previewHint")));
        window.background().run(() -> new Settings(
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)),
                context.centerService().setting(Setting.REPORT_FONT)), settings -> {
                    calendar = settings.calendar();
                    BuddhistDatePicker.configure(fromDate, calendar, messages);
                    BuddhistDatePicker.configure(toDate, calendar, messages);
                    fontField.setText(settings.font());
                    showPeriod();
                });
        javafx.application.Platform.runLater(exportButton::requestFocus);
    }

    /** Dates picked by hand make the period custom. */
    private void presetChoiceCustom() {
        if (presetChoice.getValue() == Preset.CUSTOM || fromDate.getValue() == null || toDate.getValue() == null) {
            showPeriod();
            return;
        }
        KpiPeriod shown = presetChoice.getValue().period.apply(today);
        if (!shown.start().equals(fromDate.getValue()) || !shown.end().equals(toDate.getValue())) {
            presetChoice.setValue(Preset.CUSTOM);
        }
    }

    private KpiPeriod period() {
        Preset preset = presetChoice.getValue();
        if (preset == Preset.CUSTOM) {
            return KpiPeriod.custom(fromDate.getValue(), toDate.getValue());
        }
        return preset.period.apply(today);
    }

    private void showPeriod() {
        try {
            KpiPeriod period = period();
            if (presetChoice.getValue() != Preset.CUSTOM) {
                fromDate.setValue(period.start());
                toDate.setValue(period.end());
            }
            periodLabel.setText(ThaiDates.mediumDate(period.start(), calendar, messages.locale()) + " – "
                    + ThaiDates.mediumDate(period.end(), calendar, messages.locale()));
            exportButton.setDisable(false);
        } catch (RuntimeException e) {
            periodLabel.setText(window.dialogs().describe(e));
            exportButton.setDisable(true);
        }
    }

    @FXML
    private void exportReport() {
        KpiPeriod period;
        try {
            period = period();
        } catch (RuntimeException e) {
            periodLabel.setText(window.dialogs().describe(e));
            return;
        }
        ReportOptions options = new ReportOptions(period, languageChoice.getValue(), personalBox.isSelected(),
                fontField.getText());
        String name = "dgti-report-" + period.start() + "_" + period.end() + ".xlsx";
        exports.export("weekly-report", messages.get("report.export"), name,
                new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
                (target, progress) -> context.weeklyReportWriter().write(options, target, progress));
    }

    @FXML
    private void preview() {
        previewButton.setDisable(true);
        window.background().run(() -> context.openDataCatalog().datasets(today), datasets -> {
            previewButton.setDisable(false);
            datasetList.setItems(FXCollections.observableArrayList(datasets));
            datasetList.getSelectionModel().selectFirst();
        }, error -> {
            previewButton.setDisable(false);
            openDataLabel.setText(window.dialogs().describe(error));
        });
    }

    /** The first rows of a dataset, as the CSV will hold them (suppressed counts included). */
    private void showDataset(OpenDataset dataset) {
        previewTable.getColumns().clear();
        if (dataset == null) {
            return;
        }
        for (int c = 0; c < dataset.fields().size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(dataset.fields().get(c).name());
            col.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().get(column)));
            col.setPrefWidth(130);
            previewTable.getColumns().add(col);
        }
        previewTable.setItems(FXCollections.observableArrayList(dataset.rows().subList(0,
                Math.min(200, dataset.rows().size()))));
    }

    @FXML
    private void exportOpenData() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("opendata.export"));
        window.preferences().exportFolder("opendata").filter(p -> p.toFile().isDirectory())
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        File chosen = chooser.showDialog(window.stage());
        if (chosen != null) {
            writeOpenData(chosen.toPath());
        }
    }

    /** Writes the package into {@code folder}; the folder is remembered for next time. */
    void writeOpenData(Path folder) {
        window.preferences().rememberExportFolder("opendata", folder);
        openDataButton.setDisable(true);
        openDataLabel.setText(messages.get("export.writing", folder));
        window.background().run(progress -> context.openDataWriter().write(folder, progress), files -> {
            openDataButton.setDisable(false);
            openDataLabel.getStyleClass().setAll("label", "status-text");
            openDataLabel.setText(messages.get("opendata.done", files.size(), folder));
        }, error -> {
            openDataButton.setDisable(false);
            openDataLabel.getStyleClass().setAll("label", "error-text");
            openDataLabel.setText(window.dialogs().describe(error));
        });
    }
}
