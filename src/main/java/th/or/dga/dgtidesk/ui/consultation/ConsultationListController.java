package th.or.dga.dgtidesk.ui.consultation;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.consultation.ActionItemRow;
import th.or.dga.dgtidesk.consultation.Attendance;
import th.or.dga.dgtidesk.consultation.ConsultationDraft;
import th.or.dga.dgtidesk.consultation.ConsultationFilter;
import th.or.dga.dgtidesk.consultation.ConsultationKind;
import th.or.dga.dgtidesk.consultation.ConsultationRow;
import th.or.dga.dgtidesk.consultation.ConsultationService;
import th.or.dga.dgtidesk.consultation.OverdueItems;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.PageStack;
import th.or.dga.dgtidesk.ui.common.View;

/**
 * The Consultations screen: the list with its filters, "My open action items" and "All overdue";
 * a consultation opens over it in the note editor (Ctrl+N for a new one).
 */
public final class ConsultationListController {

    private static final KeyCombination NEW_SHORTCUT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final DeskWindow window;
    private final CenterContext context;
    private final ConsultationService service;
    private final Messages messages;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private PageStack pages;

    @FXML private StackPane root;
    @FXML private TabPane tabs;
    @FXML private Tab myItemsTab;
    @FXML private Tab overdueTab;
    @FXML private ChoiceBox<ConsultationKind> kindChoice;
    @FXML private ChoiceBox<Staff> consultantChoice;
    @FXML private ComboBox<Ref> organizationBox;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<ConsultationRow> table;
    @FXML private TableView<ActionItemRow> myItemsTable;
    @FXML private TableView<ActionItemRow> overdueTable;
    @FXML private Label overdueMoreLabel;

    public ConsultationListController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.service = context.consultationService();
        this.messages = window.messages();
    }

    @FXML
    private void initialize() {
        pages = new PageStack(root, tabs, this::reloadAll);
        overdueMoreLabel.managedProperty().bind(overdueMoreLabel.textProperty().isNotEmpty());
        String all = messages.get("filter.any");
        kindChoice.getItems().add(null);
        kindChoice.getItems().addAll(ConsultationKind.values());
        kindChoice.setConverter(Converters.orNull(all, kind -> messages.get("consultation.kind." + kind.code())));
        consultantChoice.setConverter(Converters.orNull(all, Staff::displayName));
        organizationBox.setConverter(Converters.orNull(all, Ref::name));
        List.<Observable>of(kindChoice.valueProperty(), consultantChoice.valueProperty(), organizationBox.valueProperty(),
                fromDate.valueProperty(), toDate.valueProperty(), searchField.textProperty()).forEach(p -> p.addListener(o -> reloadList()));
        table.getColumns().setAll(List.of(
                column("consultations.column.heldAt", 150, row -> ThaiDates.shortDateTime(row.heldAt(), calendar)),
                column("consultations.column.kind", 150, row -> messages.get("consultation.kind." + row.kind().code())),
                column("consultations.column.subject", 300, ConsultationRow::subject),
                column("consultations.column.organizations", 250, ConsultationRow::organizations),
                column("consultations.column.consultant", 150, ConsultationRow::consultantName),
                column("consultations.column.items", 150, row -> row.overdueItems() > 0
                        ? messages.get("consultations.items.overdue", row.openItems(), row.overdueItems())
                        : messages.get("consultations.items.open", row.openItems()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("consultations.none")));
        table.setRowFactory(view -> {
            TableRow<ConsultationRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().id());
            }
        });
        ActionItemTable.configure(myItemsTable, messages, () -> calendar, true, this::toggleDone,
                row -> open(row.item().consultationId()));
        ActionItemTable.configure(overdueTable, messages, () -> calendar, true, this::toggleDone,
                row -> open(row.item().consultationId()));
        myItemsTable.setPlaceholder(new Label(messages.get("items.mine.none")));
        overdueTable.setPlaceholder(new Label(messages.get("items.overdue.none")));
        tabs.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (NEW_SHORTCUT.match(event)) {
                newConsultation();
                event.consume();
            }
        });
        window.background().run(() -> new Choices(context.staffService().all(), service.organizationsSeen(),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), choices -> {
                    calendar = choices.calendar();
                    BuddhistDatePicker.configure(fromDate, calendar, messages);
                    BuddhistDatePicker.configure(toDate, calendar, messages);
                    consultantChoice.getItems().add(null);
                    consultantChoice.getItems().addAll(choices.staff());
                    organizationBox.getItems().add(null);
                    organizationBox.getItems().addAll(choices.organizations());
                    reloadAll();
                });
    }

    private record Choices(List<Staff> staff, List<Ref> organizations, CalendarSystem calendar) {
    }

    private TableColumn<ConsultationRow, String> column(String key, double width,
            java.util.function.Function<ConsultationRow, String> value) {
        TableColumn<ConsultationRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private ConsultationFilter filter() {
        DateRange period = fromDate.getValue() == null && toDate.getValue() == null ? null
                : new DateRange(fromDate.getValue() == null ? java.time.LocalDate.of(1900, 1, 1) : fromDate.getValue(),
                        toDate.getValue() == null ? java.time.LocalDate.of(9999, 12, 31) : toDate.getValue());
        Staff consultant = consultantChoice.getValue();
        Ref organization = organizationBox.getValue();
        return new ConsultationFilter(kindChoice.getValue(), consultant == null ? null : consultant.id(),
                organization == null ? null : organization.id(), period, searchField.getText());
    }

    private void reloadAll() {
        reloadList();
        reloadItems();
    }

    private void reloadList() {
        ConsultationFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            countLabel.setText(messages.get("consultations.periodBackwards"));
            return;
        }
        window.background().run(() -> service.list(filter), rows -> {
            if (filter.equals(filter())) {
                table.setItems(FXCollections.observableArrayList(rows));
                countLabel.setText(messages.get("consultations.count", rows.size()));
            }
        });
    }

    private void reloadItems() {
        window.background().run(() -> new Items(service.myOpenRows(), service.overdueItems()), items -> {
            myItemsTable.setItems(FXCollections.observableArrayList(items.mine()));
            overdueTable.setItems(FXCollections.observableArrayList(items.overdue().longest()));
            myItemsTab.setText(messages.get("consultations.tab.mine", items.mine().size()));
            overdueTab.setText(messages.get("consultations.tab.overdue", items.overdue().total()));
            overdueMoreLabel.setText(items.overdue().notShown() == 0 ? ""
                    : messages.get("consultations.overdue.more", items.overdue().longest().size(),
                            items.overdue().total()));
        });
    }

    private record Items(List<ActionItemRow> mine, OverdueItems overdue) {
    }

    private void toggleDone(ActionItemRow row, boolean done) {
        window.background().run(() -> {
            service.markDone(row.item().id(), done);
            return done;
        }, ok -> reloadItems(), error -> window.dialogs().showError(error));
    }

    @FXML
    private void newConsultation() {
        edit(() -> new ConsultationDraft(service.blank(ConsultationKind.AGENCY_ADVISORY, null), Attendance.NONE));
    }

    /** A consultation's editor over the list (from the search or the dashboard). */
    public void open(String consultationId) {
        edit(() -> service.draft(consultationId));
    }

    private void edit(Callable<ConsultationDraft> load) {
        pages.push(window.loader().register(ConsultationEditorController.class,
                () -> new ConsultationEditorController(window, context, load, pages::back))
                .load(View.CONSULTATION_EDITOR).root());
    }
}
