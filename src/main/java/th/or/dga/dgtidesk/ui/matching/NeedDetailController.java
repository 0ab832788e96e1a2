package th.or.dga.dgtidesk.ui.matching;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.matching.MatchCard;
import th.or.dga.dgtidesk.matching.Need;
import th.or.dga.dgtidesk.matching.NeedService;
import th.or.dga.dgtidesk.matching.NeedStatus;
import th.or.dga.dgtidesk.matching.Suggestion;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.PageStack;
import th.or.dga.dgtidesk.ui.common.RefPicker;

/**
 * A need's page: the problem, its matches, and ranked suggestions with their reasons. Enter (or
 * Propose) on a suggestion proposes it; any solution can also be found by name and proposed.
 */
public final class NeedDetailController {

    private static final int SUGGESTIONS = 15;

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String needId;
    private final MatchingPages pages;
    private Need need;
    private NeedService.NeedParties parties;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label infoLabel;
    @FXML private Label problemLabel;
    @FXML private Label outcomeLabel;
    @FXML private Label tagsLabel;
    @FXML private HBox statusActions;
    @FXML private ListView<Suggestion> suggestionList;
    @FXML private ListView<MatchCard> matchList;
    @FXML private VBox solutionPickerBox;
    @FXML private Label messageLabel;

    public NeedDetailController(DeskWindow window, CenterContext context, String needId, MatchingPages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.needId = needId;
        this.pages = pages;
    }

    private record Page(Need need, NeedService.NeedParties parties, List<Suggestion> suggestions,
            List<MatchCard> matches, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        root.getProperties().put(PageStack.REFRESH, (Runnable) this::reload);
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        suggestionList.setCellFactory(list -> new SuggestionCell(messages));
        suggestionList.setPlaceholder(new Label(messages.get("need.suggestions.none")));
        suggestionList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                propose();
            }
        });
        matchList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MatchCard match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : match.solutionName() + " · " + match.innovatorName() + "  —  "
                        + messages.get("match.stage." + match.stage().code()));
            }
        });
        matchList.setPlaceholder(new Label(messages.get("need.matches.none")));
        matchList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && matchList.getSelectionModel().getSelectedItem() != null) {
                pages.match(matchList.getSelectionModel().getSelectedItem().id());
            }
        });
        matchList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && matchList.getSelectionModel().getSelectedItem() != null) {
                pages.match(matchList.getSelectionModel().getSelectedItem().id());
            }
        });
        RefPicker picker = new RefPicker(messages.get("need.proposeBySearch"), window.background(),
                text -> () -> context.suggestionService().findSolutions(text, 8), this::proposeFound,
                messages.get("shell.search.none"));
        picker.field().setId("solutionSearchField");
        solutionPickerBox.getChildren().setAll(picker.node());
        reload();
    }

    private void reload() {
        window.background().run(() -> {
            Need loaded = context.needService().byId(needId).orElseThrow();
            return new Page(loaded, context.needService().parties(loaded),
                    context.suggestionService().forNeed(needId, SUGGESTIONS), context.matchService().ofNeed(needId),
                    CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)));
        }, this::show);
    }

    private void show(Page page) {
        need = page.need();
        parties = page.parties();
        titleLabel.setText(need.title());
        infoLabel.setText(String.join("  ·  ", parties.agency().name()
                        + (parties.contact() == null ? "" : " (" + parties.contact().name() + ")"),
                messages.get("need.priority." + need.priority().code()),
                messages.get("need.received", ThaiDates.shortDate(need.receivedOn(), page.calendar())),
                messages.get("need.status." + need.status().code()),
                messages.get(need.isPublic() ? "need.public" : "need.notPublic")));
        problemLabel.setText(need.problemStatement() == null ? "" : need.problemStatement());
        outcomeLabel.setText(need.desiredOutcome() == null ? "" : messages.get("need.outcome", need.desiredOutcome()));
        tagsLabel.setText(need.tags().isEmpty() ? "" : messages.get("need.tags", String.join(", ", need.tags())));
        statusActions.getChildren().clear();
        if (need.status() != NeedStatus.CLOSED) {
            Button close = new Button(messages.get("need.close"));
            close.setOnAction(event -> close());
            statusActions.getChildren().add(close);
        }
        suggestionList.setItems(FXCollections.observableArrayList(page.suggestions()));
        suggestionList.getSelectionModel().selectFirst();
        matchList.setItems(FXCollections.observableArrayList(page.matches()));
    }

    @FXML
    private void propose() {
        Suggestion chosen = suggestionList.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        window.background().run(() -> context.matchService().propose(needId, chosen.solutionId(), chosen.score()),
                match -> {
                    messageLabel.setText(messages.get("need.proposed", chosen.solutionName()));
                    reload();
                }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    private void proposeFound(Ref solution) {
        window.background().run(() -> context.matchService().propose(needId, solution.id(), null), match -> {
            messageLabel.setText(messages.get("need.proposed", solution.name()));
            reload();
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    private void close() {
        if (window.dialogs().confirm(messages.get("need.close"), messages.get("need.closeConfirm", need.title()),
                messages.get("need.close"))) {
            window.background().run(() -> {
                context.needService().moveTo(needId, NeedStatus.CLOSED);
                return needId;
            }, id -> reload(), error -> messageLabel.setText(window.dialogs().describe(error)));
        }
    }

    @FXML
    private void edit() {
        if (need != null) {
            pages.needForm(need);
        }
    }

    @FXML
    private void newConsultation() {
        if (need != null) {
            Need about = need;
            NeedService.NeedParties from = parties;
            pages.consultation(() -> context.consultationService().draftFromNeed(about, from.agency(), from.contact()));
        }
    }

    @FXML
    private void goBack() {
        pages.back();
    }
}
