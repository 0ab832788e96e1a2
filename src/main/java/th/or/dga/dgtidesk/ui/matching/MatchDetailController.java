package th.or.dga.dgtidesk.ui.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.Baht;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.consultation.Attendance;
import th.or.dga.dgtidesk.matching.Evaluation;
import th.or.dga.dgtidesk.matching.MatchDetail;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.matching.StageChange;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.PageStack;

/**
 * A match: its stage with the moves allowed from it, the dated and attributed history, the time
 * from need to introduction, pilot and adoption (computed), values in baht, and the evaluation.
 */
public final class MatchDetailController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String matchId;
    private final MatchingPages pages;
    private MatchDetail detail;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private Map<String, String> staffNames = Map.of();

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label partiesLabel;
    @FXML private Label stageLabel;
    @FXML private HBox moveActions;
    @FXML private Label timelineLabel;
    @FXML private TableView<StageChange> historyTable;
    @FXML private TextField estimatedField;
    @FXML private TextField realisedField;
    @FXML private ChoiceBox<Integer> ratingChoice;
    @FXML private DatePicker evaluatedDate;
    @FXML private ComboBox<Staff> evaluatorBox;
    @FXML private TextArea kpisArea;
    @FXML private TextArea evaluationNotesArea;
    @FXML private Button saveEvaluationButton;
    @FXML private Label messageLabel;

    public MatchDetailController(DeskWindow window, CenterContext context, String matchId, MatchingPages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.matchId = matchId;
        this.pages = pages;
    }

    private record Page(MatchDetail detail, List<Staff> staff, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        root.getProperties().put(PageStack.REFRESH, (Runnable) this::reload);
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        ratingChoice.getItems().setAll(1, 2, 3, 4, 5);
        ratingChoice.setConverter(Converters.text(rating -> messages.get("match.rating." + rating)));
        evaluatorBox.setConverter(Converters.text(Staff::displayName));
        historyTable.getColumns().setAll(List.of(
                column("match.history.when", 150, change -> ThaiDates.shortDateTime(
                        Times.toBangkok(change.changedAt()), calendar)),
                column("match.history.from", 120, change -> change.from() == null ? ""
                        : messages.get("match.stage." + change.from().code())),
                column("match.history.to", 120, change -> messages.get("match.stage." + change.to().code())),
                column("match.history.who", 160, change -> staffNames.getOrDefault(change.staffId(), "")),
                column("match.history.reason", 260, change -> change.reason() == null ? "" : change.reason())));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        reload();
    }

    private TableColumn<StageChange, String> column(String key, double width, Function<StageChange, String> value) {
        TableColumn<StageChange, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void reload() {
        window.background().run(() -> new Page(context.matchService().detail(matchId), context.staffService().all(),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), this::show);
    }

    private void show(Page page) {
        detail = page.detail();
        calendar = page.calendar();
        staffNames = page.staff().stream().collect(Collectors.toMap(Staff::id, Staff::displayName));
        BuddhistDatePicker.configure(evaluatedDate, calendar, messages);
        var card = detail.card();
        titleLabel.setText(card.needTitle() + "  ·  " + card.solutionName());
        partiesLabel.setText(messages.get("match.parties", card.agencyName(), card.innovatorName()));
        stageLabel.setText(messages.get("match.stageNow", messages.get("match.stage." + card.stage().code()),
                card.daysInStage()) + (detail.stageReason() == null ? "" : "  —  " + detail.stageReason()));
        moveActions.getChildren().clear();
        for (MatchStage to : MatchStage.values()) {
            if (card.stage().canMoveTo(to)) {
                Button move = new Button(messages.get("match.moveTo", messages.get("match.stage." + to.code())));
                move.setId("moveTo-" + to.code());
                move.setOnAction(event -> move(to));
                moveActions.getChildren().add(move);
            }
        }
        var timeline = detail.timeline();
        timelineLabel.setText(messages.get("match.timeline", days(timeline.daysToIntroduction()),
                days(timeline.daysToPilot()), days(timeline.daysToAdoption())));
        historyTable.setItems(FXCollections.observableArrayList(detail.history()));
        estimatedField.setText(Baht.format(card.estimatedValueSatang()));
        realisedField.setText(Baht.format(card.realisedValueSatang()));
        Evaluation evaluation = detail.evaluation();
        evaluatorBox.setItems(FXCollections.observableArrayList(page.staff().stream().filter(Staff::active).toList()));
        ratingChoice.setValue(evaluation.rating());
        kpisArea.setText(evaluation.kpis());
        evaluationNotesArea.setText(evaluation.notes());
        evaluatedDate.setValue(evaluation.evaluatedOn() != null ? evaluation.evaluatedOn()
                : context.consultationService().today());
        String evaluator = evaluation.evaluatorStaffId() != null ? evaluation.evaluatorStaffId()
                : context.currentStaff().idOrNull();
        page.staff().stream().filter(s -> s.id().equals(evaluator)).findFirst().ifPresent(evaluatorBox::setValue);
        boolean canEvaluate = card.stage() == MatchStage.PILOT || card.stage() == MatchStage.ADOPTED;
        saveEvaluationButton.setDisable(!canEvaluate);
    }

    private String days(Long days) {
        return days == null ? "—" : messages.get("match.days", days);
    }

    private void move(MatchStage to) {
        ReasonPrompt.forMove(window, to).ifPresent(reason -> window.background().run(
                () -> context.matchService().moveTo(matchId, to, reason.isEmpty() ? null : reason),
                moved -> {
                    messageLabel.setText("");
                    reload();
                }, error -> messageLabel.setText(window.dialogs().describe(error))));
    }

    @FXML
    private void saveValues() {
        String estimated = estimatedField.getText();
        String realised = realisedField.getText();
        window.background().run(() -> {
            context.matchService().setValues(matchId, Baht.parse(estimated), Baht.parse(realised));
            return matchId;
        }, id -> {
            messageLabel.setText(messages.get("match.valuesSaved"));
            reload();
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    @FXML
    private void saveEvaluation() {
        Staff evaluator = evaluatorBox.getValue();
        Evaluation evaluation = new Evaluation(ratingChoice.getValue(), kpisArea.getText(),
                evaluationNotesArea.getText(), evaluatedDate.getValue(), evaluator == null ? null : evaluator.id());
        window.background().run(() -> context.matchService().evaluate(matchId, evaluation), saved -> {
            messageLabel.setText(messages.get("match.evaluationSaved"));
            reload();
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    @FXML
    private void newConsultation() {
        MatchDetail about = detail;
        if (about != null) {
            pages.consultation(() -> context.consultationService().draftFromMatch(about.card(), new Attendance(
                    context.needService().organizations(List.of(about.agencyId(),
                            about.innovatorOrganizationId() == null ? "" : about.innovatorOrganizationId())),
                    context.needService().people(java.util.Arrays.asList(about.contactPersonId(),
                            about.innovatorContactId())))));
        }
    }

    @FXML
    private void goBack() {
        pages.back();
    }
}
