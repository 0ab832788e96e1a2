package th.or.dga.dgtidesk.ui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.kpi.KpiRecord;
import th.or.dga.dgtidesk.ui.DeskWindow;

/**
 * The records behind one number on the dashboard, read in the background from the KPI module
 * (the same definition as the number, so the list is exactly as long): sortable by any column;
 * Enter or a double click opens a record on its page; Escape or Back returns to the dashboard.
 */
public final class KpiRecordsController {

    private final DeskWindow window;
    private final Messages messages;
    private final String title;
    private final Supplier<List<KpiRecord>> records;
    private final CalendarSystem calendar;
    private final RecordPages pages;
    private final Runnable back;

    @FXML private Label titleLabel;
    @FXML private Label countLabel;
    @FXML private Label hintLabel;
    @FXML private TableView<KpiRecord> recordsTable;
    @FXML private TableColumn<KpiRecord, LocalDate> dayColumn;
    @FXML private TableColumn<KpiRecord, String> nameColumn;
    @FXML private TableColumn<KpiRecord, String> detailColumn;
    @FXML private TableColumn<KpiRecord, String> statusColumn;

    public KpiRecordsController(DeskWindow window, String title, Supplier<List<KpiRecord>> records,
            CalendarSystem calendar, RecordPages pages, Runnable back) {
        this.window = window;
        this.messages = window.messages();
        this.title = title;
        this.records = records;
        this.calendar = calendar;
        this.pages = pages;
        this.back = back;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(title);
        countLabel.setText(messages.get("overview.records.loading"));
        dayColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().day()));
        dayColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : ThaiDates.shortDate(day, calendar));
            }
        });
        nameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().title()));
        detailColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().detail()));
        statusColumn.setCellValueFactory(cell -> new SimpleStringProperty(messages.get(cell.getValue().statusKey())));
        recordsTable.setPlaceholder(new Label(messages.get("overview.records.none")));
        recordsTable.setRowFactory(table -> {
            TableRow<KpiRecord> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    pages.open(row.getItem());
                }
            });
            return row;
        });
        recordsTable.setOnKeyPressed(event -> {
            KpiRecord selected = recordsTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                pages.open(selected);
            } else if (event.getCode() == KeyCode.ESCAPE) {
                back();
            }
        });
        window.background().run(records::get, this::show);
    }

    private void show(List<KpiRecord> loaded) {
        countLabel.setText(messages.get("overview.records.count", loaded.size()));
        hintLabel.setText(loaded.isEmpty() ? "" : messages.get("overview.records.hint"));
        recordsTable.setItems(FXCollections.observableArrayList(loaded));
        recordsTable.requestFocus();
        recordsTable.getSelectionModel().selectFirst();
    }

    @FXML
    private void back() {
        back.run();
    }
}
