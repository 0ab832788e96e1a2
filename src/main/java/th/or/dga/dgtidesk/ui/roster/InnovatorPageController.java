package th.or.dga.dgtidesk.ui.roster;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.innovator.Innovator;
import th.or.dga.dgtidesk.innovator.InnovatorPage;
import th.or.dga.dgtidesk.innovator.InnovatorPage.ConsultationLine;
import th.or.dga.dgtidesk.innovator.InnovatorPage.MatchLine;
import th.or.dga.dgtidesk.innovator.InnovatorPage.WorkshopLine;
import th.or.dga.dgtidesk.innovator.PersonName;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.innovator.Solution;
import th.or.dga.dgtidesk.innovator.Trl;
import th.or.dga.dgtidesk.ui.DeskWindow;

/**
 * One innovator: who it is and its contact, status moves, its solutions (added and edited here),
 * and — read only — the consultations, matches and workshops it took part in.
 */
public final class InnovatorPageController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String innovatorId;
    private final RosterPages pages;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;

    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Label summaryLabel;
    @FXML private Label contactLabel;
    @FXML private FlowPane tagPane;
    @FXML private HBox statusActions;
    @FXML private Label messageLabel;
    @FXML private Tab solutionsTab;
    @FXML private Tab consultationsTab;
    @FXML private Tab matchesTab;
    @FXML private Tab workshopsTab;
    @FXML private Button editSolutionButton;
    @FXML private Button deleteSolutionButton;
    @FXML private Label solutionHint;
    @FXML private TableView<Solution> solutionTable;
    @FXML private TableColumn<Solution, String> solutionNameColumn;
    @FXML private TableColumn<Solution, String> solutionTrlColumn;
    @FXML private TableColumn<Solution, String> solutionTagsColumn;
    @FXML private TableColumn<Solution, String> solutionAreasColumn;
    @FXML private TableColumn<Solution, String> solutionLinkColumn;
    @FXML private TableView<ConsultationLine> consultationTable;
    @FXML private TableColumn<ConsultationLine, String> consultationWhenColumn;
    @FXML private TableColumn<ConsultationLine, String> consultationKindColumn;
    @FXML private TableColumn<ConsultationLine, String> consultationSubjectColumn;
    @FXML private TableView<MatchLine> matchTable;
    @FXML private TableColumn<MatchLine, String> matchSolutionColumn;
    @FXML private TableColumn<MatchLine, String> matchNeedColumn;
    @FXML private TableColumn<MatchLine, String> matchAgencyColumn;
    @FXML private TableColumn<MatchLine, String> matchStageColumn;
    @FXML private TableColumn<MatchLine, String> matchWhenColumn;
    @FXML private TableView<WorkshopLine> workshopTable;
    @FXML private TableColumn<WorkshopLine, String> workshopWhenColumn;
    @FXML private TableColumn<WorkshopLine, String> workshopCodeColumn;
    @FXML private TableColumn<WorkshopLine, String> workshopTitleColumn;
    @FXML private TableColumn<WorkshopLine, String> workshopPersonColumn;

    InnovatorPageController(DeskWindow window, CenterContext context, String innovatorId, RosterPages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.innovatorId = innovatorId;
        this.pages = pages;
    }

    private record Loaded(InnovatorPage page, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        text(solutionNameColumn, Solution::name);
        text(solutionTrlColumn, s -> s.trl() == null ? messages.get("roster.trl.unknown")
                : messages.get(Trl.meaningKey(s.trl())));
        text(solutionTagsColumn, s -> String.join(", ", s.tags()));
        text(solutionAreasColumn, s -> s.serviceAreas().stream()
                .map(area -> messages.get("roster.area." + area.code())).collect(Collectors.joining(", ")));
        text(solutionLinkColumn, Solution::link);
        solutionTable.setPlaceholder(new Label(messages.get("roster.page.noSolutions")));
        solutionTable.setRowFactory(view -> {
            javafx.scene.control.TableRow<Solution> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(Solution solution, boolean empty) {
                    super.updateItem(solution, empty);
                    // The summary is long text: it shows on hover instead of widening the table.
                    setTooltip(empty || solution == null || solution.summary() == null ? null
                            : new Tooltip(solution.summary()));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    pages.solutionForm(innovatorId, row.getItem());
                }
            });
            return row;
        });
        solutionTable.setOnKeyPressed(event -> {
            Solution selected = solutionTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                pages.solutionForm(innovatorId, selected);
            }
        });
        editSolutionButton.disableProperty().bind(solutionTable.getSelectionModel().selectedItemProperty().isNull());
        deleteSolutionButton.disableProperty().bind(solutionTable.getSelectionModel().selectedItemProperty()
                .isNull());
        solutionHint.setText(messages.get("roster.page.solutionHint"));

        text(consultationWhenColumn, c -> time(c.heldAt()));
        text(consultationKindColumn, c -> messages.get("roster.consultationKind." + c.kindCode()));
        text(consultationSubjectColumn, ConsultationLine::subject);
        consultationTable.setPlaceholder(new Label(messages.get("roster.page.noConsultations")));
        text(matchSolutionColumn, MatchLine::solutionName);
        text(matchNeedColumn, MatchLine::needTitle);
        text(matchAgencyColumn, MatchLine::agencyName);
        text(matchStageColumn, m -> messages.get("match.stage." + m.stageCode()));
        text(matchWhenColumn, m -> ThaiDates.shortDate(m.stageChangedAt().toLocalDate(), calendar));
        matchTable.setPlaceholder(new Label(messages.get("roster.page.noMatches")));
        text(workshopWhenColumn, w -> ThaiDates.shortDate(w.startsAt().toLocalDate(), calendar));
        text(workshopCodeColumn, WorkshopLine::code);
        text(workshopTitleColumn, WorkshopLine::title);
        text(workshopPersonColumn, WorkshopLine::personName);
        workshopTable.setPlaceholder(new Label(messages.get("roster.page.noWorkshops")));
        reload();
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
    }

    private String time(LocalDateTime bangkok) {
        return ThaiDates.shortDateTime(bangkok, calendar);
    }

    private void reload() {
        window.background().run(() -> new Loaded(context.rosterQueries().page(innovatorId).orElseThrow(),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), this::show);
    }

    private void show(Loaded loaded) {
        calendar = loaded.calendar();
        InnovatorPage page = loaded.page();
        Innovator innovator = page.innovator();
        titleLabel.setText(innovator.name());
        statusLabel.setText(messages.get("roster.status." + innovator.status().code()));
        statusLabel.getStyleClass().setAll("label", "status-badge", "status-" + innovator.status().code());
        summaryLabel.setText(summary(page));
        contactLabel.setText(contact(page.contact()));
        tagPane.getChildren().setAll(page.tags().isEmpty() ? List.of(new Label("—"))
                : page.tags().stream().map(TagChip::of).toList());
        statusActions.getChildren().clear();
        for (RosterStatus next : innovator.status().next()) {
            Button move = new Button(messages.get("roster.move." + next.code()));
            move.setOnAction(event -> changeStatus(next));
            statusActions.getChildren().add(move);
        }
        solutionTable.setItems(FXCollections.observableArrayList(page.solutions()));
        consultationTable.setItems(FXCollections.observableArrayList(page.consultations()));
        matchTable.setItems(FXCollections.observableArrayList(page.matches()));
        workshopTable.setItems(FXCollections.observableArrayList(page.workshops()));
        solutionsTab.setText(messages.get("roster.page.solutions") + " (" + page.solutions().size() + ")");
        consultationsTab.setText(messages.get("roster.page.consultations") + " (" + page.consultations().size() + ")");
        matchesTab.setText(messages.get("roster.page.matches") + " (" + page.matches().size() + ")");
        workshopsTab.setText(messages.get("roster.page.workshops") + " (" + page.workshops().size() + ")");
    }

    /** "สตาร์ทอัพ · ชลบุรี · รุ่น DGTi Cohort 2569/1 · เข้าร่วม 1 ต.ค. 2568 · ยินยอมให้เผยแพร่". */
    private String summary(InnovatorPage page) {
        Innovator innovator = page.innovator();
        StringBuilder text = new StringBuilder(messages.get("roster.kind." + innovator.kind().code()));
        if (page.province() != null) {
            text.append("  ·  ").append(page.province());
        }
        if (innovator.cohort() != null) {
            text.append("  ·  ").append(messages.get("roster.page.cohort", innovator.cohort()));
        }
        if (innovator.joinedOn() != null) {
            text.append("  ·  ").append(messages.get("roster.page.joined",
                    ThaiDates.shortDate(innovator.joinedOn(), calendar)));
        }
        text.append("  ·  ").append(messages.get(innovator.consentToPublish() ? "roster.page.publishYes"
                : "roster.page.publishNo"));
        return text.toString();
    }

    private String contact(PersonName contact) {
        if (contact == null) {
            return messages.get("roster.page.noContact");
        }
        return contact.displayName() + (contact.phone() == null ? "" : "  ·  " + ThaiPhone.display(contact.phone()))
                + (contact.email() == null ? "" : "  ·  " + contact.email());
    }

    private void changeStatus(RosterStatus to) {
        window.background().run(() -> context.innovatorService().changeStatus(innovatorId, to), moved -> {
            messageLabel.setText(messages.get("roster.moved", messages.get("roster.status." + to.code())));
            reload();
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    @FXML
    private void goBack() {
        pages.list();
    }

    @FXML
    private void edit() {
        window.background().run(() -> context.innovatorService().draft(innovatorId), pages::innovatorForm);
    }

    @FXML
    private void addSolution() {
        pages.solutionForm(innovatorId, null);
    }

    @FXML
    private void editSolution() {
        Solution selected = solutionTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            pages.solutionForm(innovatorId, selected);
        }
    }

    @FXML
    private void deleteSolution() {
        Solution selected = solutionTable.getSelectionModel().getSelectedItem();
        if (selected == null || !window.dialogs().confirm(messages.get("roster.solution.deleteTitle"),
                messages.get("roster.solution.deleteText", selected.name()), messages.get("roster.solution.delete"))) {
            return;
        }
        window.background().run(() -> {
            context.solutionService().delete(selected.id());
            return selected;
        }, deleted -> {
            messageLabel.setText(messages.get("roster.solution.deleted", deleted.name()));
            reload();
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }
}
