package th.or.dga.dgtidesk.ui.shell;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
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
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.View;
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
    private ToggleButton consultationsNav;
    @FXML
    private ToggleButton matchingNav;
    @FXML
    private ToggleButton settingsNav;
    @FXML
    private Label centerLabel;
    @FXML
    private TextField searchField;
    /** Search hits float below the field, over the page, instead of pushing the layout down. */
    private final ListView<PersonListItem> searchResults = new ListView<>();
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
        consultationsNav.setToggleGroup(navigation);
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
                        this::showConsultations);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN),
                        this::showMatching);
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
        searchResults.setPrefSize(520, 300);
        searchPopup.getContent().add(searchResults);
        searchPopup.setAutoHide(true);
        searchField.focusedProperty().addListener((o, old, focused) -> {
            if (!focused && !searchResults.isFocused()) {
                showResults(false);
            }
        });
        searchResults.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonListItem person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.displayName()
                        + (person.organizationNameTh() == null ? "" : "  ·  " + person.organizationNameTh())
                        + (person.phone() == null ? "" : "  ·  " + ThaiPhone.display(person.phone())));
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
        searchResults.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
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
        window.background().run(() -> context.peopleQueries().search(text, 12), people -> {
            if (text.equals(searchField.getText())) {
                searchResults.setItems(FXCollections.observableArrayList(people));
                searchResults.setPlaceholder(new Label(window.messages().get("shell.search.none")));
                showResults(true);
            }
        });
    }

    private void showResults(boolean show) {
        if (!show) {
            searchPopup.hide();
        } else if (!searchPopup.isShowing() && searchField.getScene() != null) {
            javafx.geometry.Bounds field = searchField.localToScreen(searchField.getBoundsInLocal());
            searchResults.setPrefWidth(Math.max(field.getWidth(), 420));
            searchPopup.show(searchField, field.getMinX(), field.getMaxY() + 2);
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

    @FXML
    public void showOverview() {
        overviewNav.setSelected(true);
        setContent(View.OVERVIEW);
    }

    @FXML
    public void showWorkshops() {
        workshopsNav.setSelected(true);
        setContent(View.WORKSHOP_LIST);
    }

    @FXML
    public void showCheckin() {
        checkinNav.setSelected(true);
        setContent(View.CHECKIN);
    }

    @FXML
    public void showConsultations() {
        consultationsNav.setSelected(true);
        setContent(View.CONSULTATION_LIST);
    }

    @FXML
    public void showMatching() {
        matchingNav.setSelected(true);
        setContent(View.MATCHING);
    }

    @FXML
    public void showSettings() {
        settingsNav.setSelected(true);
        setContent(View.SETTINGS);
    }

    private void setContent(View view) {
        Parent root = window.loader().load(view).root();
        content.getChildren().setAll(root);
        refreshBackupLabel();
    }
}
