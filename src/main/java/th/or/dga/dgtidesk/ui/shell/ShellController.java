package th.or.dga.dgtidesk.ui.shell;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import th.or.dga.dgtidesk.ui.consultation.ConsultationListController;
import th.or.dga.dgtidesk.ui.matching.MatchingController;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.search.SearchHit;
import th.or.dga.dgtidesk.search.SearchTarget;
import th.or.dga.dgtidesk.ui.people.PeopleController;
import th.or.dga.dgtidesk.ui.workshop.WorkshopListController;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.common.ViewLoader;
import th.or.dga.dgtidesk.ui.settings.DeskTheme;

/**
 * The frame around every screen: navigation (only screens that exist), the search field
 * (Ctrl+K), and the status bar — center, who is at the desk, the data file, the last backup.
 */
public final class ShellController {

    private final DeskWindow window;
    private final CenterContext context;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;

    @FXML
    private StackPane content;
    @FXML
    private ToggleButton overviewNav;
    @FXML
    private ToggleButton workshopsNav;
    @FXML
    private ToggleButton checkinNav;
    @FXML
    private ToggleButton peopleNav;
    @FXML
    private ToggleButton reportNav;
    @FXML
    private ToggleButton consultationsNav;
    @FXML
    private ToggleButton rosterNav;
    @FXML
    private ToggleButton matchingNav;
    @FXML
    private ToggleButton settingsNav;
    @FXML
    private Label centerLabel;
    @FXML
    private TextField searchField;
    /** Search hits float below the field, over the page, instead of pushing the layout down. */
    private static final int HITS_PER_KIND = 5;

    private final ListView<SearchHit> searchResults = new ListView<>();
    private final javafx.stage.Popup searchPopup = new javafx.stage.Popup();
    @FXML
    private ComboBox<Staff> staffBox;
    @FXML
    private Label databaseLabel;
    @FXML
    private Label backupLabel;

    public ShellController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
    }

    @FXML
    private void initialize() {
        ToggleGroup navigation = new ToggleGroup();
        overviewNav.setToggleGroup(navigation);
        workshopsNav.setToggleGroup(navigation);
        checkinNav.setToggleGroup(navigation);
        peopleNav.setToggleGroup(navigation);
        reportNav.setToggleGroup(navigation);
        consultationsNav.setToggleGroup(navigation);
        rosterNav.setToggleGroup(navigation);
        matchingNav.setToggleGroup(navigation);
        settingsNav.setToggleGroup(navigation);
        // A nav button stays pressed: clicking the current screen again keeps it selected.
        navigation.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        databaseLabel.setText(window.messages().get("shell.status.database", context.database().file().getFileName()));
        databaseLabel.setTooltip(new javafx.scene.control.Tooltip(context.database().file().toString()));
        setUpSearch();
        // The frame is drawn at once; what it shows from the data file arrives from the background.
        window.background().run(() -> new Frame(
                context.centerService().center().map(c -> c.name(isEnglish())).orElse(""),
                context.staffService().all().stream().filter(Staff::active).toList(), readCalendar(),
                context.centerService().setting(th.or.dga.dgtidesk.center.Setting.THEME)), this::show);
        content.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        searchField::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        this::showOverview);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        this::showWorkshops);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                        this::showCheckin);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
                        this::showPeopleList);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN),
                        this::showRoster);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN),
                        this::showConsultations);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN),
                        this::showMatching);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN),
                        this::showReport);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                        this::showSettings);
            }
        });
    }

    private boolean isEnglish() {
        return "en".equals(window.messages().locale().getLanguage());
    }

    /** What the frame shows from the data file. */
    private record Frame(String centerName, List<Staff> staff, CalendarSystem calendar, String theme) {
    }

    private void show(Frame frame) {
        centerLabel.setText(frame.centerName());
        DeskTheme.apply(frame.theme());
        calendar = frame.calendar();
        setUpStaffSwitcher(frame.staff());
        refreshBackupLabel();
    }

    private void setUpStaffSwitcher(List<Staff> staff) {
        staffBox.setItems(FXCollections.observableArrayList(staff));
        staffBox.setConverter(Converters.text(member -> member.displayName() + " · "
                + window.messages().get("staff.role." + member.role().code())));
        context.currentStaff().get().flatMap(current -> staff.stream()
                .filter(s -> s.id().equals(current.id())).findFirst()).ifPresent(staffBox::setValue);
        staffBox.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                context.currentStaff().set(chosen);
            }
        });
    }

    private void setUpSearch() {
        searchResults.getStyleClass().add("search-results");
        searchResults.setPrefSize(680, 360);
        searchPopup.getContent().add(searchResults);
        searchPopup.setAutoHide(true);
        searchField.focusedProperty().addListener((o, old, focused) -> {
            if (!focused && !searchResults.isFocused()) {
                showResults(false);
            }
        });
        searchResults.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label kind = new Label(window.messages().get("search.kind." + hit.kind().name()));
                kind.getStyleClass().add("search-kind");
                setGraphic(kind);
                setText(hit.title() + (hit.detail() == null ? "" : "  ·  " + hit.detail()));
            }
        });
        searchField.textProperty().addListener((o, old, text) -> search(text));
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && searchResults.isVisible()) {
                searchResults.requestFocus();
                searchResults.getSelectionModel().selectFirst();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            }
        });
        searchResults.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelectedHit();
            }
        });
        searchResults.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelectedHit();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                showResults(false);
                searchField.requestFocus();
            }
        });
    }

    private void search(String text) {
        if (text == null || text.isBlank()) {
            searchResults.getItems().clear();
            showResults(false);
            return;
        }
        window.background().run(() -> context.globalSearch().find(text, HITS_PER_KIND), hits -> {
            if (text.equals(searchField.getText())) {
                searchResults.setItems(FXCollections.observableArrayList(hits));
                searchResults.setPlaceholder(new Label(window.messages().get("shell.search.none")));
                showResults(true);
            }
        });
    }

    /** Enter on a hit opens its record where it lives. */
    private void openSelectedHit() {
        SearchHit hit = searchResults.getSelectionModel().getSelectedItem();
        if (hit == null) {
            return;
        }
        showResults(false);
        searchField.clear();
        switch (hit.kind()) {
            case PERSON -> showPeople().person(hit.id());
            case ORGANIZATION -> showPeople().organization(hit.id());
            case WORKSHOP -> showWorkshopsPage().detail(hit.id());
            case INNOVATOR, SOLUTION -> showRosterPage().innovator(hit.pageId());
            case AGENCY_NEED -> showMatchingPage().need(hit.id());
            case CONSULTATION -> showConsultationsPage().open(hit.id());
        }
    }

    private void showResults(boolean show) {
        if (!show) {
            searchPopup.hide();
        } else if (!searchPopup.isShowing() && searchField.getScene() != null) {
            javafx.geometry.Bounds field = searchField.localToScreen(searchField.getBoundsInLocal());
            // Hits of every kind need room: wider than the field, growing leftwards from its right edge.
            double width = Math.max(field.getWidth(), 680);
            searchResults.setPrefWidth(width);
            searchPopup.show(searchField, field.getMaxX() - width, field.getMaxY() + 2);
        }
    }

    public void refreshBackupLabel() {
        window.background().run(() -> context.backupService().list(), backups -> backupLabel.setText(
                backups.isEmpty() ? window.messages().get("shell.status.noBackup")
                        : window.messages().get("shell.status.lastBackup", ThaiDates.shortDate(
                                backups.get(0).takenAt().toLocalDate(), calendar) + " "
                                + backups.get(0).takenAt().format(DateTimeFormatter.ofPattern("HH:mm")))));
    }

    private CalendarSystem readCalendar() {
        return CalendarSystem.fromSetting(context.centerService().setting(th.or.dga.dgtidesk.center.Setting.CALENDAR));
    }

    /** Opens one of the navigation's screens. */
    public void show(Screen screen) {
        switch (screen) {
            case OVERVIEW -> showOverview();
            case WORKSHOPS -> showWorkshops();
            case CHECKIN -> showCheckin();
            case PEOPLE -> showPeopleList();
            case ROSTER -> showRoster();
            case CONSULTATIONS -> showConsultations();
            case MATCHING -> showMatching();
            case REPORT -> showReport();
            case SETTINGS -> showSettings();
        }
    }

    @FXML
    public void showOverview() {
        overviewNav.setSelected(true);
        setContent(window.loader().register(OverviewController.class,
                () -> new OverviewController(window, context, recordPages())), View.OVERVIEW);
    }

    /** Where the dashboard's records open: the pages of the People, Workshops and Consultations screens. */
    private RecordPages recordPages() {
        return new RecordPages() {
            @Override
            public void person(String personId) {
                showPeople().person(personId);
            }

            @Override
            public void workshop(String workshopId) {
                showWorkshopsPage().detail(workshopId);
            }

            @Override
            public void consultation(String consultationId) {
                showConsultationsPage().open(consultationId);
            }

            @Override
            public void need(String needId) {
                showMatchingPage().need(needId);
            }

            @Override
            public void match(String matchId) {
                showMatchingPage().match(matchId);
            }
        };
    }

    @FXML
    public void showWorkshops() {
        showWorkshopsPage();
    }

    private WorkshopListController showWorkshopsPage() {
        workshopsNav.setSelected(true);
        return setContent(View.WORKSHOP_LIST);
    }

    @FXML
    public void showPeopleList() {
        showPeople();
    }

    private PeopleController showPeople() {
        peopleNav.setSelected(true);
        return setContent(View.PEOPLE);
    }

    @FXML
    public void showCheckin() {
        checkinNav.setSelected(true);
        setContent(View.CHECKIN);
    }

    @FXML
    public void showRoster() {
        showRosterPage();
    }

    private th.or.dga.dgtidesk.ui.roster.RosterListController showRosterPage() {
        rosterNav.setSelected(true);
        return setContent(View.ROSTER_LIST);
    }

    @FXML
    public void showConsultations() {
        showConsultationsPage();
    }

    private ConsultationListController showConsultationsPage() {
        consultationsNav.setSelected(true);
        return setContent(View.CONSULTATION_LIST);
    }

    @FXML
    public void showReport() {
        reportNav.setSelected(true);
        setContent(View.REPORT);
    }

    @FXML
    public void showMatching() {
        showMatchingPage();
    }

    private MatchingController showMatchingPage() {
        matchingNav.setSelected(true);
        return setContent(View.MATCHING);
    }

    @FXML
    public void showSettings() {
        settingsNav.setSelected(true);
        setContent(View.SETTINGS);
    }

    private <C> C setContent(View view) {
        return setContent(window.loader(), view);
    }

    private <C> C setContent(ViewLoader loader, View view) {
        ViewLoader.Loaded<C> loaded = loader.load(view);
        content.getChildren().setAll(loaded.root());
        refreshBackupLabel();
        return loaded.controller();
    }
}
