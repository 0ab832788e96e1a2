package th.or.dga.dgtidesk.ui.roster;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.importing.ImportKind;
import th.or.dga.dgtidesk.innovator.InnovatorDraft;
import th.or.dga.dgtidesk.innovator.RosterFilter;
import th.or.dga.dgtidesk.innovator.RosterRow;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.innovator.Solution;
import th.or.dga.dgtidesk.innovator.Trl;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.TypeAhead;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.importing.ImportWizard;

/**
 * The innovator roster: narrowed by text, tag, readiness, status and province, shown as cards (to
 * show a visitor) or as a table (to work through), and the pages that stack over it.
 */
public final class RosterListController implements RosterPages {

    private static final KeyCombination NEW_SHORTCUT = new KeyCodeCombination(KeyCode.N,
            KeyCombination.SHORTCUT_DOWN);
    /** Cards are for showing; past this many the table is the better view. */
    private static final int MAX_CARDS = 240;

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;

    @FXML private StackPane root;
    @FXML private VBox listPane;
    @FXML private TextField searchField;
    @FXML private TextField tagField;
    @FXML private ChoiceBox<Integer> trlChoice;
    @FXML private ChoiceBox<RosterStatus> statusChoice;
    @FXML private ChoiceBox<String> provinceChoice;
    @FXML private Label countLabel;
    @FXML private Button clearButton;
    @FXML private ToggleButton cardsToggle;
    @FXML private ToggleButton tableToggle;
    @FXML private ScrollPane cardScroll;
    @FXML private FlowPane cardPane;
    @FXML private Label cardLimitLabel;
    @FXML private TableView<RosterRow> table;
    @FXML private TableColumn<RosterRow, String> nameColumn;
    @FXML private TableColumn<RosterRow, String> kindColumn;
    @FXML private TableColumn<RosterRow, String> statusColumn;
    @FXML private TableColumn<RosterRow, String> provinceColumn;
    @FXML private TableColumn<RosterRow, String> tagsColumn;
    @FXML private TableColumn<RosterRow, Number> solutionsColumn;
    @FXML private TableColumn<RosterRow, Number> trlColumn;
    @FXML private TableColumn<RosterRow, String> cohortColumn;

    public RosterListController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    @FXML
    private void initialize() {
        statusChoice.getItems().add(null);
        statusChoice.getItems().addAll(RosterStatus.values());
        statusChoice.setConverter(Converters.orNull(messages.get("roster.filter.anyStatus"),
                status -> messages.get("roster.status." + status.code())));
        trlChoice.getItems().add(null);
        for (int level = Trl.LOWEST; level <= Trl.HIGHEST; level++) {
            trlChoice.getItems().add(level);
        }
        trlChoice.setConverter(Converters.orNull(messages.get("roster.filter.anyTrl"),
                level -> messages.get("roster.filter.trlAtLeast", level)));
        provinceChoice.getItems().add(null);
        provinceChoice.setConverter(Converters.orNull(messages.get("roster.filter.anyProvince"), p -> p));
        statusChoice.valueProperty().addListener((o, old, value) -> reload());
        trlChoice.valueProperty().addListener((o, old, value) -> reload());
        provinceChoice.valueProperty().addListener((o, old, value) -> reload());
        searchField.textProperty().addListener((o, old, value) -> reload());
        tagField.textProperty().addListener((o, old, value) -> reload());
        new TypeAhead<String>(tagField, window.background(), text -> text.strip(),
                text -> () -> context.tagService().suggest(text, 12), tag -> tag, tagField::setText);
        clearButton.managedProperty().bind(clearButton.visibleProperty());

        ToggleGroup views = new ToggleGroup();
        cardsToggle.setToggleGroup(views);
        tableToggle.setToggleGroup(views);
        views.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            boolean cards = now == cardsToggle;
            cardScroll.setVisible(cards);
            table.setVisible(!cards);
            window.preferences().rememberRosterView(cards ? "cards" : "table");
        });
        (window.preferences().rosterView().equals("table") ? tableToggle : cardsToggle).setSelected(true);
        cardLimitLabel.managedProperty().bind(cardLimitLabel.textProperty().isNotEmpty());

        setUpTable();
        listPane.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (NEW_SHORTCUT.match(event)) {
                newInnovator();
                event.consume();
            }
        });
        window.background().run(() -> context.rosterQueries().provinces(),
                provinces -> provinceChoice.getItems().addAll(provinces));
        reload();
    }

    private void setUpTable() {
        nameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().name()));
        nameColumn.setComparator(ThaiText.comparator());
        kindColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("roster.kind." + cell.getValue().kind().code())));
        statusColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("roster.status." + cell.getValue().status().code())));
        provinceColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().province()));
        provinceColumn.setComparator(ThaiText.comparator());
        tagsColumn.setCellValueFactory(cell -> new SimpleStringProperty(String.join(", ", cell.getValue().tags())));
        solutionsColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleIntegerProperty(
                cell.getValue().solutions()));
        trlColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(
                cell.getValue().highestTrl()));
        cohortColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().cohort()));
        table.setPlaceholder(new Label(messages.get("roster.none")));
        table.setRowFactory(view -> {
            TableRow<RosterRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    innovator(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            RosterRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                innovator(selected.id());
            }
        });
    }

    private RosterFilter filter() {
        return new RosterFilter(statusChoice.getValue(), ThaiText.clean(tagField.getText()), trlChoice.getValue(),
                provinceChoice.getValue(), searchField.getText());
    }

    private void reload() {
        RosterFilter filter = filter();
        clearButton.setVisible(!filter.equals(new RosterFilter(null, null, null, null, filter.text()))
                || (filter.text() != null && !filter.text().isBlank()));
        window.background().run(() -> context.rosterQueries().list(filter), rows -> {
            // A newer filter may have been chosen meanwhile: only the latest answer is shown.
            if (filter.equals(filter())) {
                show(rows);
            }
        });
    }

    private void show(List<RosterRow> rows) {
        table.setItems(FXCollections.observableArrayList(rows));
        countLabel.setText(messages.get("roster.count", rows.size()));
        cardPane.getChildren().setAll(rows.stream().limit(MAX_CARDS)
                .map(row -> RosterCard.create(row, messages, () -> innovator(row.id()))).toList());
        cardLimitLabel.setText(rows.size() > MAX_CARDS ? messages.get("roster.cards.limited", MAX_CARDS) : "");
        if (rows.isEmpty()) {
            cardPane.getChildren().setAll(new Label(messages.get("roster.none")));
        }
    }

    @FXML
    private void clearFilters() {
        searchField.clear();
        tagField.clear();
        trlChoice.setValue(null);
        statusChoice.setValue(null);
        provinceChoice.setValue(null);
    }

    @FXML
    private void newInnovator() {
        innovatorForm(null);
    }

    /** A roster kept in a spreadsheet, or a call's applications, through the import wizard. */
    @FXML
    private void importRoster() {
        ImportWizard.show(window, context, ImportKind.ROSTER, null, null, this::reload);
    }

    @FXML
    private void manageTags() {
        tags();
    }

    @Override
    public void list() {
        root.getChildren().retainAll(listPane);
        listPane.setVisible(true);
        reload();
        (cardsToggle.isSelected() ? cardPane : table).requestFocus();
    }

    @Override
    public void innovator(String innovatorId) {
        show(window.loader().register(InnovatorPageController.class,
                () -> new InnovatorPageController(window, context, innovatorId, this))
                .load(View.INNOVATOR_PAGE).root());
    }

    @Override
    public void innovatorForm(InnovatorDraft draft) {
        show(window.loader().register(InnovatorFormController.class,
                () -> new InnovatorFormController(window, context, draft, this::innovator, () -> {
                    if (draft == null) {
                        list();
                    } else {
                        innovator(draft.id());
                    }
                }))
                .load(View.INNOVATOR_FORM).root());
    }

    @Override
    public void solutionForm(String innovatorId, Solution solution) {
        show(window.loader().register(SolutionFormController.class,
                () -> new SolutionFormController(window, context, innovatorId, solution,
                        () -> innovator(innovatorId)))
                .load(View.SOLUTION_FORM).root());
    }

    @Override
    public void tags() {
        show(window.loader().register(TagsController.class, () -> new TagsController(window, context, this))
                .load(View.TAGS).root());
    }

    private void show(Parent page) {
        root.getChildren().retainAll(listPane);
        listPane.setVisible(false);
        root.getChildren().add(page);
    }
}
