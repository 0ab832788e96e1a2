package th.or.dga.dgtidesk.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.importing.ImportField;
import th.or.dga.dgtidesk.importing.ImportKind;
import th.or.dga.dgtidesk.importing.ImportPreview;
import th.or.dga.dgtidesk.importing.ImportReport;
import th.or.dga.dgtidesk.importing.ImportRequest;
import th.or.dga.dgtidesk.importing.ImportService;
import th.or.dga.dgtidesk.importing.RowOutcome;
import th.or.dga.dgtidesk.importing.RowResult;
import th.or.dga.dgtidesk.importing.SourceTable;
import th.or.dga.dgtidesk.importing.TextEncodings;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.ExportBar;

/**
 * The import wizard on one page: the file with its encoding (detected, changeable), the mapping of
 * each column to a field (a choice per column; every change plans the preview again), the preview
 * with the count of each outcome and a filter, then the import with progress and Cancel. Reading,
 * planning and writing all run in the background; this class only shows their results.
 */
public final class ImportWizardController {

    /** One file column in the mapping table: its header and the first value below it. */
    public record MappingRow(int column, String header, String sample) {
    }

    private final DeskWindow window;
    private final CenterContext context;
    private final ImportService imports;
    private final Messages messages;
    private final ImportKind kind;
    private final String workshopId;
    private final Runnable onImported;
    private Path file;
    private ImportRequest request;
    private ImportPreview preview;
    private Task<ImportReport> importing;
    private ExportBar rejectedExport;
    /** Only the newest preview is shown: a slower earlier one may finish after it. */
    private int previewsAsked;

    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private VBox fileBox;
    @FXML private ComboBox<String> encodingChoice;
    @FXML private Label formatLabel;
    @FXML private Label warningLabel;
    @FXML private Label rememberedLabel;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab mappingTab;
    @FXML private javafx.scene.control.Tab previewTab;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, String> headerColumn;
    @FXML private TableColumn<MappingRow, String> sampleColumn;
    @FXML private TableColumn<MappingRow, ImportField> fieldColumn;
    @FXML private ChoiceBox<String> outcomeFilter;
    @FXML private FlowPane countsBox;
    @FXML private TableView<RowResult> previewTable;
    @FXML private TableColumn<RowResult, String> rowColumn;
    @FXML private TableColumn<RowResult, String> nameColumn;
    @FXML private TableColumn<RowResult, String> contactColumn;
    @FXML private TableColumn<RowResult, String> outcomeColumn;
    @FXML private TableColumn<RowResult, String> reasonColumn;
    @FXML private TextField mappingNameField;
    @FXML private Button saveRejectedButton;
    @FXML private Button commitButton;
    @FXML private HBox progressBox;
    @FXML private Label progressLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label resultLabel;
    @FXML private HBox exportBox;

    public ImportWizardController(DeskWindow window, CenterContext context, ImportKind kind, String workshopId,
            Runnable onImported) {
        this.window = window;
        this.context = context;
        this.imports = context.importService();
        this.messages = window.messages();
        this.kind = kind;
        this.workshopId = workshopId;
        this.onImported = onImported;
    }

    @FXML
    private void initialize() {
        for (javafx.scene.Node optional : List.of(fileBox, warningLabel, progressBox, resultLabel)) {
            optional.managedProperty().bind(optional.visibleProperty());
        }
        fileBox.setVisible(false);
        warningLabel.setVisible(false);
        progressBox.setVisible(false);
        resultLabel.setVisible(false);
        rememberedLabel.managedProperty().bind(rememberedLabel.textProperty().isNotEmpty());
        encodingChoice.getItems().setAll(TextEncodings.CHOICES);
        encodingChoice.setOnAction(event -> {
            String chosen = encodingChoice.getValue();
            if (request != null && chosen != null && !chosen.equals(request.table().encoding())) {
                read(chosen);
            }
        });
        headerColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().header()));
        sampleColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().sample()));
        fieldColumn.setCellFactory(column -> new FieldCell());
        rowColumn.setCellValueFactory(cell -> new SimpleStringProperty(String.valueOf(cell.getValue().row())));
        nameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().displayName()));
        contactColumn.setCellValueFactory(cell -> new SimpleStringProperty(contact(cell.getValue())));
        if (kind == ImportKind.ROSTER) {
            nameColumn.setText(messages.get("import.wizard.column.innovator"));
            contactColumn.setText(messages.get("import.wizard.column.rosterContact"));
            // Innovator and contact names are longer than a person's; the outcome words are shorter.
            nameColumn.setPrefWidth(235);
            contactColumn.setPrefWidth(330);
            outcomeColumn.setPrefWidth(125);
            reasonColumn.setPrefWidth(405);
        }
        outcomeColumn.setCellValueFactory(cell -> new SimpleStringProperty(outcome(cell.getValue())));
        outcomeColumn.setCellFactory(column -> new OutcomeCell());
        reasonColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().explanation(messages)));
        reasonColumn.setCellFactory(column -> new ReasonCell());
        outcomeFilter.setConverter(th.or.dga.dgtidesk.ui.common.Converters.orNull(messages.get("import.wizard.filter.all"),
                code -> messages.get(kind.outcomeKey(code))));
        outcomeFilter.valueProperty().addListener((o, old, code) -> showRows());
        rejectedExport = window.exportBar(exportBox);
        exportBox.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(exportBox.getChildren()));
    }

    void focusChoose() {
        chooseButton.requestFocus();
    }

    @FXML
    private void chooseFile() {
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(messages.get("import.wizard.filter.files"),
                "*.csv", "*.txt", "*.tsv", "*.xlsx", "*.xls");
        window.openPicker().open(messages.get("import.wizard.choose"),
                window.preferences().exportFolder("import").orElse(null), filter).ifPresent(chosen -> {
                    file = chosen.toAbsolutePath();
                    window.preferences().rememberExportFolder("import", file.getParent());
                    mappingNameField.setText(stem(file));
                    read(null);
                });
    }

    /** A file as read: the request with its mapping, whether that mapping was remembered, the preview. */
    private record Read(ImportRequest request, boolean remembered, ImportPreview preview) {
    }

    /** Reads the file (in {@code encoding}, or the detected one) and plans its preview. */
    private void read(String encoding) {
        fileLabel.setText(messages.get("import.wizard.reading", file.getFileName()));
        resultLabel.setVisible(false);
        Path reading = file;
        window.background().run(() -> {
            SourceTable table = imports.read(reading, encoding);
            ImportRequest read = new ImportRequest(kind, workshopId, table, imports.mapping(kind, table, null), null);
            return new Read(read, imports.mappingRemembered(kind, table), imports.preview(read));
        }, read -> {
            request = read.request();
            showFile(read.remembered());
            showPreview(read.preview());
        }, error -> {
            fileLabel.setText(file.getFileName().toString());
            say(window.dialogs().describe(error), true);
        });
    }

    private void showFile(boolean remembered) {
        SourceTable table = request.table();
        fileLabel.setText(messages.get("import.wizard.file", table.fileName(), table.rows().size()));
        encodingChoice.setDisable(table.encoding() == null);
        encodingChoice.setValue(table.encoding());
        formatLabel.setText(table.delimiter() == null ? messages.get("import.wizard.workbook", table.encodingLabel())
                : messages.get("import.wizard.detected", table.encodingLabel(), delimiterName(table.delimiter())));
        rememberedLabel.setText(remembered ? messages.get("import.wizard.remembered") : "");
        List<MappingRow> rows = new ArrayList<>();
        for (int column = 0; column < table.headers().size(); column++) {
            String sample = table.rows().isEmpty() ? "" : table.rows().get(0).cell(column);
            rows.add(new MappingRow(column, table.headers().get(column), sample));
        }
        mappingTable.getItems().setAll(rows);
        mappingTab.setText(messages.get("import.wizard.mapping.count", rows.size()));
        // A mapping that lacks a name or a contact needs the user first; otherwise the outcomes do.
        tabs.getSelectionModel().select(request.mapping().missing(kind).isEmpty() ? previewTab : mappingTab);
        fileBox.setVisible(true);
        commitButton.setDisable(false);
    }

    private void changeField(int column, ImportField field) {
        request = request.withMapping(request.mapping().with(column, field));
        mappingTable.refresh();
        int asked = ++previewsAsked;
        ImportRequest planned = request;
        window.background().run(() -> imports.preview(planned), planning -> {
            if (asked == previewsAsked) {
                showPreview(planning);
            }
        }, error -> say(window.dialogs().describe(error), true));
    }

    private void showPreview(ImportPreview shown) {
        preview = shown;
        previewTab.setText(messages.get("import.wizard.preview.count", shown.results().size()));
        countsBox.getChildren().clear();
        String filter = outcomeFilter.getValue();
        List<String> codes = new ArrayList<>();
        codes.add(null);
        for (Map.Entry<String, Integer> count : shown.counts().entrySet()) {
            Label label = new Label(messages.get(kind.outcomeKey(count.getKey())) + "  " + count.getValue());
            label.getStyleClass().addAll("count-chip", "count-" + count.getKey().replace('_', '-'));
            countsBox.getChildren().add(label);
            codes.add(count.getKey());
        }
        outcomeFilter.getItems().setAll(codes);
        outcomeFilter.setValue(codes.contains(filter) ? filter : null);
        showRows();
        List<String> warnings = new ArrayList<>();
        shown.earlier().ifPresent(earlier -> warnings.add(messages.get("import.wizard.earlier", earlier.fileName(),
                ThaiDates.shortDateTime(earlier.importedAtBangkok(), CalendarSystem.BUDDHIST))));
        shown.notes().forEach(note -> warnings.add(messages.get(note)));
        warningLabel.setText(String.join("\n", warnings));
        warningLabel.setVisible(!warnings.isEmpty());
        saveRejectedButton.setDisable(shown.rejected().isEmpty());
    }

    private void showRows() {
        if (preview == null) {
            return;
        }
        String code = outcomeFilter.getValue();
        previewTable.setItems(FXCollections.observableArrayList(preview.results().stream()
                .filter(result -> code == null || result.outcome().code().equals(code)
                        || (result.seat() != null && result.seat().code().equals(code)))
                .toList()));
    }

    @FXML
    private void startImport() {
        if (request == null || importing != null) {
            return;
        }
        if (preview != null && preview.earlier().isPresent() && !window.dialogs().confirm(
                messages.get("import.wizard.again.title"), warningLabel.getText(), messages.get("import.wizard.import"))) {
            return;
        }
        ImportRequest committed = new ImportRequest(request.kind(), request.workshopId(), request.table(),
                request.mapping(), ThaiText.clean(mappingNameField.getText()));
        setBusy(true);
        progressLabel.setText(messages.get("import.wizard.importing"));
        importing = window.background().run(progress -> imports.commit(committed, messages, progress), report -> {
            importing = null;
            setBusy(false);
            commitButton.setDisable(true);
            showPreview(report.preview());
            say(messages.get("import.wizard.done", summary(report.preview())), false);
            onImported.run();
        }, error -> {
            importing = null;
            setBusy(false);
            boolean cancelled = error instanceof CancellationException || error instanceof CancelledException;
            say(cancelled ? messages.get("import.wizard.cancelled") : window.dialogs().describe(error), true);
        });
        progressBar.progressProperty().bind(importing.progressProperty());
        progressLabel.textProperty().bind(importing.messageProperty());
    }

    @FXML
    void cancelImport() {
        if (importing != null) {
            cancelButton.setDisable(true);
            importing.cancel(false);
        }
    }

    @FXML
    private void saveRejected() {
        if (preview == null) {
            return;
        }
        ImportPreview shown = preview;
        rejectedExport.export("import-rejected", messages.get("import.wizard.saveRejected"),
                messages.get("import.wizard.rejectedFile", stem(file)),
                new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv"),
                (target, progress) -> imports.writeRejected(shown, target, messages));
    }

    private void setBusy(boolean busy) {
        progressBox.setVisible(busy);
        cancelButton.setDisable(!busy);
        for (javafx.scene.Node control : List.of(chooseButton, commitButton, encodingChoice, mappingTable,
                mappingNameField, saveRejectedButton)) {
            control.setDisable(busy);
        }
        if (!busy) {
            progressLabel.textProperty().unbind();
            progressBar.progressProperty().unbind();
            encodingChoice.setDisable(request == null || request.table().encoding() == null);
            saveRejectedButton.setDisable(preview == null || preview.rejected().isEmpty());
        }
    }

    private void say(String text, boolean problem) {
        resultLabel.setText(text);
        resultLabel.getStyleClass().removeAll("error-text", "status-text");
        resultLabel.getStyleClass().add(problem ? "error-text" : "status-text");
        resultLabel.setVisible(true);
    }

    private String summary(ImportPreview shown) {
        List<String> parts = new ArrayList<>();
        shown.counts().forEach((code, count) -> {
            if (count > 0) {
                parts.add(messages.get(kind.outcomeKey(code)) + " " + count);
            }
        });
        return String.join(" · ", parts);
    }

    private String outcome(RowResult result) {
        String text = messages.get(kind.outcomeKey(result.outcome().code()));
        if (result.seat() != null) {
            text += " · " + messages.get(result.seat().messageKey())
                    + (result.waitlistPosition() == null ? "" : " #" + result.waitlistPosition());
        }
        return text;
    }

    /** The e-mail and phone; on a roster, whose they are first (the innovator's contact person). */
    private static String contact(RowResult result) {
        String email = result.values().email();
        String phone = result.values().phone() == null ? null : ThaiPhone.display(result.values().phone());
        String reach = email == null ? (phone == null ? "" : phone) : phone == null ? email : email + "  " + phone;
        if (result.roster() == null || result.values().firstName() == null) {
            return reach;
        }
        return (result.values().displayName() + "  " + reach).strip();
    }

    private String delimiterName(char delimiter) {
        return messages.get(switch (delimiter) {
            case ';' -> "import.wizard.delimiter.semicolon";
            case '\t' -> "import.wizard.delimiter.tab";
            default -> "import.wizard.delimiter.comma";
        });
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The field of one column, chosen from every field by its name in the user's language. */
    private final class FieldCell extends TableCell<MappingRow, ImportField> {
        private final ComboBox<ImportField> choice = new ComboBox<>(FXCollections.observableArrayList(kind.fields()));

        FieldCell() {
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(ImportField field) {
                    return field == null ? "" : messages.get(kind.fieldKey(field));
                }

                @Override
                public ImportField fromString(String text) {
                    return null;
                }
            });
            choice.setOnAction(event -> {
                MappingRow row = getTableRow() == null ? null : getTableRow().getItem();
                ImportField chosen = choice.getValue();
                if (row != null && chosen != null && chosen != request.mapping().field(row.column())) {
                    changeField(row.column(), chosen);
                }
            });
        }

        @Override
        protected void updateItem(ImportField ignored, boolean empty) {
            super.updateItem(ignored, empty);
            MappingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || request == null) {
                setGraphic(null);
                return;
            }
            choice.setValue(request.mapping().field(row.column()));
            choice.setId("field-" + row.column());
            setGraphic(choice);
        }
    }

    /**
     * A reason on one line, and in full in its tooltip: a rejected row may have several. (JavaFX
     * draws wrapped Thai text past its wrapping point, so long reasons are not wrapped.)
     */
    private static final class ReasonCell extends TableCell<RowResult, String> {
        private final javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();

        ReasonCell() {
            full.setWrapText(true);
            full.setMaxWidth(520);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            full.setText(blank ? null : text);
            setTooltip(blank ? null : full);
        }
    }

    /** The outcome in the colour of its kind: rejected in red, duplicates muted. */
    private static final class OutcomeCell extends TableCell<RowResult, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("error-text", "muted", "status-text");
            RowResult result = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            if (result != null) {
                getStyleClass().add(result.outcome() == RowOutcome.REJECTED ? "error-text"
                        : result.outcome() == RowOutcome.DUPLICATE_IN_FILE ? "muted" : "status-text");
            }
        }
    }
}
