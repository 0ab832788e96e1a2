package th.or.dga.dgtidesk.ui.workshop;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.workshop.WorkshopFilter;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopPlan;
import th.or.dga.dgtidesk.workshop.WorkshopRow;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/** The workshop list: filter by status and text, sort by any column, seats at a glance. */
public final class WorkshopListController implements WorkshopPages {

    private static final javafx.scene.input.KeyCombination NEW_SHORTCUT = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final DeskWindow window;
    private final CenterContext context;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;

    @FXML private ChoiceBox<WorkshopStatus> statusChoice;
    @FXML private ChoiceBox<WorkshopKind> kindChoice;
    @FXML private ChoiceBox<FiscalYear> yearChoice;
    @FXML private TextField searchField;
    @FXML private TableView<WorkshopRow> table;
    @FXML private TableColumn<WorkshopRow, String> codeColumn;
    @FXML private TableColumn<WorkshopRow, String> titleColumn;
    @FXML private TableColumn<WorkshopRow, String> kindColumn;
    @FXML private TableColumn<WorkshopRow, java.time.LocalDateTime> startsColumn;
    @FXML private TableColumn<WorkshopRow, String> statusColumn;
    @FXML private TableColumn<WorkshopRow, String> seatsColumn;
    @FXML private Label countLabel;
    @FXML private javafx.scene.layout.StackPane root;
    @FXML private javafx.scene.layout.VBox listPane;

    public WorkshopListController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
    }

    @FXML
    private void initialize() {
        var messages = window.messages();
        statusChoice.getItems().add(null);
        statusChoice.getItems().addAll(WorkshopStatus.values());
        String all = messages.get("workshops.filter.all");
        statusChoice.setConverter(Converters.orNull(all, status -> messages.get("workshop.status." + status.code())));
        statusChoice.valueProperty().addListener((o, old, status) -> reload());
        kindChoice.getItems().add(null);
        kindChoice.getItems().addAll(WorkshopKind.values());
        kindChoice.setConverter(Converters.orNull(messages.get("workshops.filter.allKinds"),
                kind -> messages.get("workshop.kind." + kind.code())));
        kindChoice.valueProperty().addListener((o, old, kind) -> reload());
        // This fiscal year, the next (planning ahead) and four back: the years a coordinator reports on.
        FiscalYear thisYear = FiscalYear.of(th.or.dga.dgtidesk.common.Times.toBangkok(
                th.or.dga.dgtidesk.common.Times.nowUtc(context.clock())).toLocalDate());
        yearChoice.getItems().add(null);
        for (int back = -1; back <= 4; back++) {
            yearChoice.getItems().add(new FiscalYear(thisYear.beYear() - back));
        }
        yearChoice.setConverter(Converters.orNull(messages.get("workshops.filter.allYears"),
                year -> messages.get("workshops.fiscalYear", String.valueOf(year.beYear()))));
        yearChoice.valueProperty().addListener((o, old, year) -> reload());
        listPane.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (NEW_SHORTCUT.match(event)) {
                newWorkshop();
                event.consume();
            }
        });
        searchField.textProperty().addListener((o, old, text) -> reload());
        codeColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().code()));
        titleColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().titleTh()));
        titleColumn.setComparator(ThaiText.comparator());
        kindColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("workshop.kind." + cell.getValue().kind().code())));
        startsColumn.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().startsAt()));
        startsColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDateTime value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : ThaiDates.shortDateTime(value, calendar));
            }
        });
        statusColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("workshop.status." + cell.getValue().status().code())));
        seatsColumn.setCellValueFactory(cell -> new SimpleStringProperty(seats(cell.getValue())));
        table.setPlaceholder(new Label(messages.get("workshops.none")));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<WorkshopRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        reload();
    }

    private void open(WorkshopRow row) {
        detail(row.id());
    }

    /** A workshop's page over the list; Back returns to the list as it was. */
    @Override
    public void detail(String workshopId) {
        show(window.loader().register(WorkshopDetailController.class,
                () -> new WorkshopDetailController(window, context, workshopId, this))
                .load(View.WORKSHOP_DETAIL).root());
    }

    @Override
    public void form(WorkshopPlan plan, String returnTo) {
        show(window.loader().register(WorkshopFormController.class,
                () -> new WorkshopFormController(window, context, plan, this::detail,
                        () -> {
                            if (returnTo == null) {
                                list();
                            } else {
                                detail(returnTo);
                            }
                        }))
                .load(View.WORKSHOP_FORM).root());
    }

    @FXML
    private void newWorkshop() {
        form(null, null);
    }

    private void show(javafx.scene.Parent page) {
        root.getChildren().retainAll(listPane);
        listPane.setVisible(false);
        root.getChildren().add(page);
    }

    @Override
    public void list() {
        root.getChildren().retainAll(listPane);
        listPane.setVisible(true);
        reload();
        table.requestFocus();
    }

    private record Page(java.util.List<WorkshopRow> rows, CalendarSystem calendar) {
    }

    private String seats(WorkshopRow row) {
        var messages = window.messages();
        String taken = row.capacity() == null ? messages.get("workshops.seatsUnlimited", row.seatsTaken())
                : messages.get("workshops.seats", row.seatsTaken(), row.capacity());
        return row.waiting() == 0 ? taken : taken + "  ·  " + messages.get("workshops.waiting", row.waiting());
    }

    private WorkshopFilter filter() {
        return new WorkshopFilter(statusChoice.getValue(), kindChoice.getValue(), yearChoice.getValue(),
                searchField.getText());
    }

    private void reload() {
        WorkshopFilter filter = filter();
        window.background().run(() -> new Page(context.workshopQueries().list(filter),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), page -> {
            // A newer filter may have been chosen meanwhile: only the latest answer is shown.
            if (filter.equals(filter())) {
                calendar = page.calendar();
                java.util.List<WorkshopRow> rows = page.rows();
                table.setItems(FXCollections.observableArrayList(rows));
                countLabel.setText(window.messages().get("workshops.count", rows.size()));
            }
        });
    }
}
