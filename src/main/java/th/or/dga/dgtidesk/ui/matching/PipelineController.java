package th.or.dga.dgtidesk.ui.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Baht;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.matching.MatchCard;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.PageStack;

/**
 * The match pipeline: a board with a column per stage (cards move by drag and drop, or select a
 * card and press Ctrl+→ / Ctrl+← to move it to the next or previous column) and a table of every
 * match. Enter or a double click opens a match.
 */
public final class PipelineController {

    /** Board columns, left to right: the way to adoption, then the ways out. */
    static final List<MatchStage> COLUMNS = List.of(MatchStage.PROPOSED, MatchStage.INTRODUCED,
            MatchStage.IN_DISCUSSION, MatchStage.PILOT, MatchStage.ADOPTED, MatchStage.PARKED, MatchStage.DECLINED);

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final Map<MatchStage, ListView<MatchCard>> columns = new EnumMap<>(MatchStage.class);
    private final Map<MatchStage, Label> counts = new EnumMap<>(MatchStage.class);
    private final Map<MatchStage, Hyperlink> moreLinks = new EnumMap<>(MatchStage.class);
    private MatchingPages pages;

    @FXML private StackPane root;
    @FXML private VBox boardPane;
    @FXML private HBox board;
    @FXML private VBox tablePane;
    @FXML private ToggleButton boardToggle;
    @FXML private ToggleButton tableToggle;
    @FXML private ChoiceBox<MatchStage> stageChoice;
    @FXML private TableView<MatchCard> table;
    @FXML private Label messageLabel;
    @FXML private VBox home;

    public PipelineController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    @FXML
    private void initialize() {
        pages = new MatchingPages(window, context, new PageStack(root, home, this::reload));
        ToggleGroup view = new ToggleGroup();
        boardToggle.setToggleGroup(view);
        tableToggle.setToggleGroup(view);
        boardToggle.setSelected(true);
        view.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            boolean showBoard = now == boardToggle;
            boardPane.setVisible(showBoard);
            boardPane.setManaged(showBoard);
            tablePane.setVisible(!showBoard);
            tablePane.setManaged(!showBoard);
            reload();
        });
        tablePane.setVisible(false);
        tablePane.setManaged(false);
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        for (MatchStage stage : COLUMNS) {
            board.getChildren().add(column(stage));
        }
        setUpTable();
        reload();
    }

    private VBox column(MatchStage stage) {
        // The stage and its count on lines of their own: a lane is too narrow for both.
        Label header = new Label(messages.get("match.stage." + stage.code()));
        header.getStyleClass().add("board-header");
        Label count = new Label();
        count.getStyleClass().add("board-count");
        counts.put(stage, count);
        ListView<MatchCard> cards = new ListView<>();
        cards.setId("column-" + stage.code());
        // fitted-list: cards as wide as the column, never scrolling sideways.
        cards.getStyleClass().addAll("board-column", "fitted-list");
        cards.setCellFactory(list -> new MatchCardCell(messages));
        cards.setPlaceholder(new Label(""));
        cards.setOnKeyPressed(event -> {
            MatchCard card = cards.getSelectionModel().getSelectedItem();
            if (card == null) {
                return;
            }
            if (event.isShortcutDown() && event.getCode() == KeyCode.RIGHT) {
                moveBy(card, 1);
                event.consume();
            } else if (event.isShortcutDown() && event.getCode() == KeyCode.LEFT) {
                moveBy(card, -1);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                pages.match(card.id());
            }
        });
        cards.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && cards.getSelectionModel().getSelectedItem() != null) {
                pages.match(cards.getSelectionModel().getSelectedItem().id());
            }
        });
        cards.setOnDragOver(event -> {
            if (event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        cards.setOnDragDropped(event -> {
            String matchId = event.getDragboard().getString();
            findCard(matchId).ifPresent(card -> move(card, stage));
            event.setDropCompleted(true);
            event.consume();
        });
        columns.put(stage, cards);
        Hyperlink more = new Hyperlink();
        more.setId("more-" + stage.code());
        more.setWrapText(true);
        more.setOnAction(event -> showTable(stage));
        moreLinks.put(stage, more);
        VBox column = new VBox(6, new VBox(0, header, count), cards, more);
        VBox.setVgrow(cards, Priority.ALWAYS);
        column.getStyleClass().add("board-lane");
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMinWidth(118);
        column.setPrefWidth(150);
        return column;
    }

    private java.util.Optional<MatchCard> findCard(String matchId) {
        return columns.values().stream().flatMap(list -> list.getItems().stream())
                .filter(card -> card.id().equals(matchId)).findFirst();
    }

    /** Ctrl+→ / Ctrl+←: to the neighbouring column, if the stage rules allow that move. */
    private void moveBy(MatchCard card, int step) {
        int target = COLUMNS.indexOf(card.stage()) + step;
        if (target < 0 || target >= COLUMNS.size()) {
            return;
        }
        move(card, COLUMNS.get(target));
    }

    private void move(MatchCard card, MatchStage to) {
        if (card.stage() == to) {
            return;
        }
        if (!card.stage().canMoveTo(to)) {
            messageLabel.setText(messages.get("pipeline.cannotMove", messages.get("match.stage." + card.stage().code()),
                    messages.get("match.stage." + to.code())));
            return;
        }
        ReasonPrompt.forMove(window, to).ifPresent(reason -> window.background().run(
                () -> context.matchService().moveTo(card.id(), to, reason.isEmpty() ? null : reason),
                moved -> {
                    messageLabel.setText(messages.get("pipeline.moved", card.solutionName(),
                            messages.get("match.stage." + to.code())));
                    reload(card.id());
                }, error -> messageLabel.setText(window.dialogs().describe(error))));
    }

    private void reload() {
        reload(null);
    }

    /** Reloads the visible view; {@code focusId}: the card to select and focus afterwards (a card just moved). */
    private void reload(String focusId) {
        if (tableToggle.isSelected()) {
            MatchStage stage = stageChoice.getValue();
            window.background().run(() -> context.matchService().table(stage), rows -> {
                if (stage == stageChoice.getValue()) {
                    table.setItems(FXCollections.observableArrayList(rows));
                }
            });
            return;
        }
        window.background().run(() -> context.matchService().board(focusId), board -> {
            for (MatchStage stage : COLUMNS) {
                columns.get(stage).setItems(FXCollections.observableArrayList(board.column(stage)));
                counts.get(stage).setText(messages.get("pipeline.count", board.count(stage)));
                Hyperlink more = moreLinks.get(stage);
                more.setText(messages.get("pipeline.more", board.hidden(stage)));
                more.setVisible(board.hidden(stage) > 0);
                more.setManaged(board.hidden(stage) > 0);
            }
            if (focusId != null) {
                COLUMNS.stream().map(columns::get).forEach(column -> column.getItems().stream()
                        .filter(card -> card.id().equals(focusId)).findFirst().ifPresent(card -> {
                            column.getSelectionModel().select(card);
                            column.scrollTo(card);
                            column.requestFocus();
                        }));
            }
        });
    }

    /** The table of one stage: where the matches a board column has no room for are. */
    private void showTable(MatchStage stage) {
        stageChoice.setValue(stage);
        tableToggle.setSelected(true);
    }

    private void setUpTable() {
        String all = messages.get("filter.any");
        stageChoice.getItems().add(null);
        stageChoice.getItems().addAll(MatchStage.values());
        stageChoice.setConverter(Converters.orNull(all, stage -> messages.get("match.stage." + stage.code())));
        stageChoice.valueProperty().addListener((o, old, now) -> reload());
        table.getColumns().setAll(List.of(
                column("pipeline.column.agency", 200, MatchCard::agencyName),
                column("pipeline.column.need", 240, MatchCard::needTitle),
                column("pipeline.column.solution", 220, MatchCard::solutionName),
                column("pipeline.column.stage", 110, card -> messages.get("match.stage." + card.stage().code())),
                column("pipeline.column.days", 90, card -> String.valueOf(card.daysInStage())),
                column("pipeline.column.estimated", 120, card -> Baht.format(card.estimatedValueSatang())),
                column("pipeline.column.realised", 120, card -> Baht.format(card.realisedValueSatang()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("pipeline.none")));
        table.setRowFactory(view -> {
            TableRow<MatchCard> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    pages.match(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                pages.match(table.getSelectionModel().getSelectedItem().id());
            }
        });
    }

    private TableColumn<MatchCard, String> column(String key, double width,
            java.util.function.Function<MatchCard, String> value) {
        TableColumn<MatchCard, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
