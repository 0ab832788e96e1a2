package th.or.dga.dgtidesk.ui.matching;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.matching.NeedFilter;
import th.or.dga.dgtidesk.matching.NeedPriority;
import th.or.dga.dgtidesk.matching.NeedRow;
import th.or.dga.dgtidesk.matching.NeedStatus;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.PageStack;

/** Agency needs: filter by status, priority, public and text; Enter opens a need, Ctrl+N records a new one. */
public final class NeedListController {

    private static final KeyCombination NEW_SHORTCUT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private MatchingPages pages;

    /** A need's page over the list (from the search or the dashboard). */
    public void openNeed(String needId) {
        pages.need(needId);
    }

    /** A match's page over the list (from the search or the dashboard). */
    public void openMatch(String matchId) {
        pages.match(matchId);
    }

    @FXML private StackPane root;
    @FXML private VBox listPane;
    @FXML private ChoiceBox<NeedStatus> statusChoice;
    @FXML private ChoiceBox<NeedPriority> priorityChoice;
    @FXML private ChoiceBox<Boolean> publicChoice;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<NeedRow> table;

    public NeedListController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    @FXML
    private void initialize() {
        pages = new MatchingPages(window, context, new PageStack(root, listPane, this::reload));
        String all = messages.get("filter.any");
        statusChoice.getItems().add(null);
        statusChoice.getItems().addAll(NeedStatus.values());
        statusChoice.setConverter(Converters.orNull(all, s -> messages.get("need.status." + s.code())));
        priorityChoice.getItems().add(null);
        priorityChoice.getItems().addAll(NeedPriority.values());
        priorityChoice.setConverter(Converters.orNull(all, p -> messages.get("need.priority." + p.code())));
        publicChoice.getItems().addAll(null, true, false);
        publicChoice.setConverter(Converters.orNull(all, p -> messages.get(p ? "needs.public.yes" : "needs.public.no")));
        List.<Observable>of(statusChoice.valueProperty(), priorityChoice.valueProperty(), publicChoice.valueProperty(),
                searchField.textProperty()).forEach(p -> p.addListener(o -> reload()));
        table.getColumns().setAll(List.of(
                column("needs.column.received", 110, row -> ThaiDates.shortDate(row.receivedOn(), calendar)),
                column("needs.column.title", 330, NeedRow::title),
                column("needs.column.agency", 240, NeedRow::agencyName),
                column("needs.column.priority", 100, row -> messages.get("need.priority." + row.priority().code())),
                column("needs.column.status", 110, row -> messages.get("need.status." + row.status().code())),
                column("needs.column.matches", 90, row -> String.valueOf(row.matches())),
                column("needs.column.public", 90, row -> row.isPublic() ? messages.get("needs.public.yes") : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("needs.none")));
        table.setRowFactory(view -> {
            TableRow<NeedRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    pages.need(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                pages.need(table.getSelectionModel().getSelectedItem().id());
            }
        });
        listPane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (NEW_SHORTCUT.match(event)) {
                newNeed();
                event.consume();
            }
        });
        window.background().run(() -> CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)),
                chosen -> {
                    calendar = chosen;
                    reload();
                });
    }

    private TableColumn<NeedRow, String> column(String key, double width,
            java.util.function.Function<NeedRow, String> value) {
        TableColumn<NeedRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private NeedFilter filter() {
        return new NeedFilter(statusChoice.getValue(), priorityChoice.getValue(), publicChoice.getValue(),
                searchField.getText());
    }

    private void reload() {
        NeedFilter filter = filter();
        window.background().run(() -> context.needService().list(filter), rows -> {
            if (filter.equals(filter())) {
                table.setItems(FXCollections.observableArrayList(rows));
                countLabel.setText(messages.get("needs.count", rows.size()));
            }
        });
    }

    @FXML
    private void newNeed() {
        pages.needForm(null);
    }
}
