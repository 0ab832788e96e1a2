package th.or.dga.dgtidesk.ui.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.consultation.ActionItem;
import th.or.dga.dgtidesk.consultation.Consultation;
import th.or.dga.dgtidesk.consultation.ConsultationKind;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.View;

/**
 * Consultations: the notes newest first (by kind and any part of the subject or notes), the action
 * items of the staff member at the desk, and every overdue item, in red with its days overdue.
 */
public final class ConsultationsController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private LocalDate today;

    @FXML private StackPane root;
    @FXML private VBox listPane;
    @FXML private ChoiceBox<ConsultationKind> kindChoice;
    @FXML private TextField searchField;
    @FXML private TableView<Consultation> table;
    @FXML private TableColumn<Consultation, String> heldColumn;
    @FXML private TableColumn<Consultation, String> kindColumn;
    @FXML private TableColumn<Consultation, String> subjectColumn;
    @FXML private ListView<ActionItem> mineList;
    @FXML private ListView<ActionItem> overdueList;

    public ConsultationsController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    private record Page(List<Consultation> consultations, List<ActionItem> mine, List<ActionItem> overdue,
            CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        today = Times.toBangkok(Times.nowUtc(context.clock())).toLocalDate();
        kindChoice.getItems().add(null);
        kindChoice.getItems().addAll(ConsultationKind.values());
        kindChoice.setConverter(Converters.orNull(messages.get("workshops.filter.all"),
                kind -> messages.get("consultation.kind." + kind.code())));
        kindChoice.valueProperty().addListener((o, old, kind) -> reload());
        searchField.textProperty().addListener((o, old, text) -> reload());
        heldColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                ThaiDates.shortDateTime(cell.getValue().heldAt(), calendar)));
        kindColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("consultation.kind." + cell.getValue().kind().code())));
        subjectColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().subject()));
        table.setPlaceholder(new Label(messages.get("consultations.none")));
        table.setRowFactory(view -> {
            TableRow<Consultation> row = new TableRow<>();
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
        for (ListView<ActionItem> list : List.of(mineList, overdueList)) {
            list.setCellFactory(view -> new ActionItemCell());
            list.setPlaceholder(new Label(messages.get("overview.overdue.none")));
            list.setOnKeyPressed(event -> {
                ActionItem item = list.getSelectionModel().getSelectedItem();
                if (event.getCode() == KeyCode.ENTER && item != null) {
                    open(item.consultationId());
                }
            });
        }
        reload();
    }

    /** An action item: what, due date, and days overdue in red. */
    private final class ActionItemCell extends ListCell<ActionItem> {
        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("overdue-item");
            if (empty || item == null) {
                setText(null);
                return;
            }
            long late = item.daysOverdue(today);
            setText(item.what() + (item.dueOn() == null ? "" : "  ·  " + messages.get("consultations.items.dueOn",
                    ThaiDates.shortDate(item.dueOn(), calendar))) + (late > 0 ? "  ·  "
                    + messages.get("overview.daysOverdue", late) : ""));
            if (late > 0) {
                getStyleClass().add("overdue-item");
            }
        }
    }

    private void reload() {
        ConsultationKind kind = kindChoice.getValue();
        String text = searchField.getText();
        window.background().run(() -> new Page(context.consultationService().list(kind, text),
                context.consultationService().myOpen(), context.consultationService().overdue(),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), page -> {
                    if (kind == kindChoice.getValue() && Objects.equals(text, searchField.getText())) {
                        calendar = page.calendar();
                        table.setItems(FXCollections.observableArrayList(page.consultations()));
                        mineList.setItems(FXCollections.observableArrayList(page.mine()));
                        overdueList.setItems(FXCollections.observableArrayList(page.overdue()));
                    }
                });
    }

    @FXML
    private void newConsultation() {
        open(null);
    }

    /** Opens a consultation's note in the editor (from the dashboard's records). */
    public void consultation(String consultationId) {
        open(consultationId);
    }

    /** The editor over the list; {@code consultationId} null for a new note. */
    private void open(String consultationId) {
        var page = window.loader().register(ConsultationEditorController.class,
                () -> new ConsultationEditorController(window, context, consultationId, this::back))
                .load(View.CONSULTATION_EDITOR).root();
        root.getChildren().retainAll(listPane);
        listPane.setVisible(false);
        root.getChildren().add(page);
    }

    private void back() {
        root.getChildren().retainAll(listPane);
        listPane.setVisible(true);
        reload();
    }
}
