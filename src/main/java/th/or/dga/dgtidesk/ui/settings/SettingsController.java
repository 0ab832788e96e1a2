package th.or.dga.dgtidesk.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.db.Backups;
import th.or.dga.dgtidesk.db.SyncedFolderCheck;
import th.or.dga.dgtidesk.security.Role;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.FileOpener;
import th.or.dga.dgtidesk.ui.common.Converters;

/**
 * Settings: the center's details, the data folder and backups, language, calendar, theme and
 * report font, and the staff. Every read and write runs in the background; the services check
 * that only an admin changes anything here.
 */
public final class SettingsController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private Center center;

    @FXML private TextField codeField;
    @FXML private TextField nameThField;
    @FXML private TextField nameEnField;
    @FXML private TextArea addressField;
    @FXML private Button saveCenterButton;
    @FXML private Label dataFileLabel;
    @FXML private Label folderWarning;
    @FXML private TableView<Backups.BackupFile> backupTable;
    @FXML private TableColumn<Backups.BackupFile, String> backupWhenColumn;
    @FXML private TableColumn<Backups.BackupFile, String> backupSizeColumn;
    @FXML private Button backupNowButton;
    @FXML private ProgressBar backupProgress;
    @FXML private TextField secondFolderField;
    @FXML private Spinner<Integer> keepDaysSpinner;
    @FXML private Spinner<Integer> keepMonthsSpinner;
    @FXML private ChoiceBox<String> languageChoice;
    @FXML private ChoiceBox<CalendarSystem> calendarChoice;
    @FXML private ChoiceBox<String> themeChoice;
    @FXML private TextField reportFontField;
    @FXML private TableView<Staff> staffTable;
    @FXML private TableColumn<Staff, String> staffNameColumn;
    @FXML private TableColumn<Staff, String> staffUsernameColumn;
    @FXML private TableColumn<Staff, String> staffRoleColumn;
    @FXML private TableColumn<Staff, String> staffActiveColumn;
    @FXML private TextField staffNameField;
    @FXML private TextField staffUsernameField;
    @FXML private ChoiceBox<Role> staffRoleChoice;
    @FXML private CheckBox staffActiveCheck;
    @FXML private Label statusLabel;

    public SettingsController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    private record Loaded(Center center, Map<Setting, String> settings, List<Staff> staff,
            List<Backups.BackupFile> backups, String folderRisk, boolean admin) {
    }

    @FXML
    private void initialize() {
        backupWhenColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                ThaiDates.shortDate(cell.getValue().takenAt().toLocalDate(), calendar()) + "  "
                        + cell.getValue().takenAt().toLocalTime().withNano(0)));
        backupSizeColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                String.format(messages.locale(), "%,.1f MB", cell.getValue().sizeBytes() / 1_048_576.0)));
        staffNameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().displayName()));
        staffUsernameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().username()));
        staffRoleColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("staff.role." + cell.getValue().role().code())));
        staffActiveColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get(cell.getValue().active() ? "settings.staff.active" : "settings.staff.inactive")));
        staffTable.getSelectionModel().selectedItemProperty().addListener((o, old, staff) -> editStaff(staff));
        staffRoleChoice.setItems(FXCollections.observableArrayList(Role.values()));
        staffRoleChoice.setConverter(Converters.text(role -> messages.get("staff.role." + role.code())));
        staffRoleChoice.setValue(Role.COORDINATOR);
        staffActiveCheck.setSelected(true);
        languageChoice.setItems(FXCollections.observableArrayList("th", "en"));
        languageChoice.setConverter(Converters.text(code -> messages.get("settings.language." + code)));
        languageChoice.setValue(messages.locale().getLanguage().equals("en") ? "en" : "th");
        languageChoice.valueProperty().addListener((o, old, language) -> switchLanguage(language));
        calendarChoice.setItems(FXCollections.observableArrayList(CalendarSystem.values()));
        calendarChoice.setConverter(Converters.text(c -> messages.get("settings.calendar." + c.setting())));
        themeChoice.setItems(FXCollections.observableArrayList("light", "dark"));
        themeChoice.setConverter(Converters.text(theme -> messages.get("settings.theme." + theme)));
        keepDaysSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 365,
                14));
        keepMonthsSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                120, 24));
        backupProgress.setVisible(false);
        backupProgress.managedProperty().bind(backupProgress.visibleProperty());
        dataFileLabel.setText(context.database().file().toString());
        reload();
    }

    private void reload() {
        window.background().run(() -> new Loaded(context.centerService().center().orElse(null),
                context.centerService().settings(), context.staffService().all(), context.backupService().list(),
                SyncedFolderCheck.risk(context.database().file().getParent()).orElse(null),
                context.currentStaff().get().map(s -> s.role() == Role.ADMIN).orElse(false)), this::show);
    }

    private void show(Loaded loaded) {
        center = loaded.center();
        if (center != null) {
            codeField.setText(center.code());
            nameThField.setText(center.nameTh());
            nameEnField.setText(center.nameEn());
            addressField.setText(center.address());
        }
        saveCenterButton.setDisable(!loaded.admin());
        folderWarning.setVisible(loaded.folderRisk() != null);
        folderWarning.setManaged(loaded.folderRisk() != null);
        if (loaded.folderRisk() != null) {
            folderWarning.setText(messages.get("db.syncedFolder." + loaded.folderRisk(),
                    context.database().file().getParent()));
        }
        backupTable.setItems(FXCollections.observableArrayList(loaded.backups()));
        secondFolderField.setText(loaded.settings().get(Setting.BACKUP_SECOND_FOLDER));
        keepDaysSpinner.getValueFactory().setValue(parse(loaded.settings().get(Setting.BACKUP_KEEP_DAYS), 14));
        keepMonthsSpinner.getValueFactory().setValue(parse(loaded.settings().get(Setting.BACKUP_KEEP_MONTHS), 24));
        calendarChoice.setValue(CalendarSystem.fromSetting(loaded.settings().get(Setting.CALENDAR)));
        themeChoice.setValue(loaded.settings().get(Setting.THEME));
        reportFontField.setText(loaded.settings().get(Setting.REPORT_FONT));
        Staff selected = staffTable.getSelectionModel().getSelectedItem();
        staffTable.setItems(FXCollections.observableArrayList(loaded.staff()));
        if (selected != null) {
            loaded.staff().stream().filter(s -> s.id().equals(selected.id())).findFirst()
                    .ifPresent(s -> staffTable.getSelectionModel().select(s));
        }
    }

    private CalendarSystem calendar() {
        return calendarChoice.getValue() == null ? CalendarSystem.BUDDHIST : calendarChoice.getValue();
    }

    @FXML
    private void saveCenter() {
        if (center == null) {
            return;
        }
        Center changed = new Center(center.id(), codeField.getText(), nameThField.getText(), nameEnField.getText(),
                addressField.getText());
        window.background().run(() -> context.centerService().update(changed), saved -> done("settings.saved"),
                this::failed);
    }

    @FXML
    private void openFolder() {
        FileOpener.open(window.background(), context.database().file().getParent(), this::failed);
    }

    @FXML
    private void moveFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.data.move"));
        File chosen = chooser.showDialog(window.stage());
        if (chosen == null) {
            return;
        }
        if (!adminAtTheDesk()) {
            return;
        }
        Path file = context.database().file();
        if (!window.dialogs().confirm(messages.get("settings.data.move"),
                messages.get("settings.data.moveConfirm", file.toString(), chosen.getAbsolutePath()),
                messages.get("settings.data.moveDo"))) {
            return;
        }
        window.releaseFile();
        window.showLoading(messages.get("settings.data.moving"));
        window.background().run(() -> Backups.moveTo(file, chosen.toPath(), context.clock()), window::open, error -> {
            window.dialogs().showError(error);
            window.open(file);
        });
    }

    @FXML
    private void backUpNow() {
        backupNowButton.setDisable(true);
        backupProgress.setVisible(true);
        var task = window.background().run(progress -> context.backupService().backUpNow(
                (done, total) -> progress.progress(total == 0 ? 0 : (double) done / total, null)),
                result -> {
                    backupNowButton.setDisable(false);
                    backupProgress.setVisible(false);
                    done(result.secondFolderProblem() == null ? "settings.backup.done"
                            : "settings.backup.secondFailed", result.file().getFileName(),
                            result.secondFolderProblem());
                    reload();
                }, error -> {
                    backupNowButton.setDisable(false);
                    backupProgress.setVisible(false);
                    failed(error);
                });
        backupProgress.progressProperty().bind(task.progressProperty());
    }

    @FXML
    private void chooseSecondFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.backup.secondFolder"));
        File chosen = chooser.showDialog(window.stage());
        if (chosen != null) {
            secondFolderField.setText(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void saveBackupSettings() {
        Map<Setting, String> changes = new EnumMap<>(Setting.class);
        changes.put(Setting.BACKUP_SECOND_FOLDER, secondFolderField.getText());
        changes.put(Setting.BACKUP_KEEP_DAYS, String.valueOf(keepDaysSpinner.getValue()));
        changes.put(Setting.BACKUP_KEEP_MONTHS, String.valueOf(keepMonthsSpinner.getValue()));
        saveSettings(changes);
    }

    @FXML
    private void restoreSelected() {
        Backups.BackupFile backup = backupTable.getSelectionModel().getSelectedItem();
        if (backup == null) {
            window.dialogs().showInfo(messages.get("settings.restore.title"), messages.get("settings.restore.pick"));
            return;
        }
        if (!adminAtTheDesk()) {
            return;
        }
        Path file = context.database().file();
        String when = ThaiDates.shortDate(backup.takenAt().toLocalDate(), calendar()) + " "
                + backup.takenAt().toLocalTime().withNano(0);
        if (!window.dialogs().confirm(messages.get("settings.restore.title"),
                messages.get("settings.restore.confirm", file.toString(), when), messages.get("settings.restore.do"))) {
            return;
        }
        window.releaseFile();
        window.showLoading(messages.get("settings.restore.running"));
        window.background().run(() -> Backups.restore(file, backup.path(), context.clock()), aside -> {
            window.open(file);
            window.dialogs().showInfo(messages.get("settings.restore.title"),
                    messages.get("restore.done", file.toString(), backup.path().toString(), aside.toString()));
        }, error -> {
            window.dialogs().showError(error);
            window.open(file);
        });
    }

    @FXML
    private void saveDisplaySettings() {
        Map<Setting, String> changes = new EnumMap<>(Setting.class);
        changes.put(Setting.CALENDAR, calendar().setting());
        changes.put(Setting.THEME, themeChoice.getValue());
        changes.put(Setting.REPORT_FONT, reportFontField.getText());
        saveSettings(changes);
        DeskTheme.apply(themeChoice.getValue());
    }

    private void switchLanguage(String language) {
        if (language == null || language.equals(messages.locale().getLanguage())) {
            return;
        }
        window.background().run(() -> {
            if (context.currentStaff().get().map(s -> s.role() == Role.ADMIN).orElse(false)) {
                context.centerService().changeSetting(Setting.LANGUAGE, language);
            }
            return language;
        }, window::switchLanguage, this::failed);
    }

    private void saveSettings(Map<Setting, String> changes) {
        window.background().run(() -> {
            changes.forEach(context.centerService()::changeSetting);
            return null;
        }, ignored -> {
            done("settings.saved");
            reload();
        }, this::failed);
    }

    private void editStaff(Staff staff) {
        if (staff == null) {
            return;
        }
        staffNameField.setText(staff.displayName());
        staffUsernameField.setText(staff.username());
        staffRoleChoice.setValue(staff.role());
        staffActiveCheck.setSelected(staff.active());
    }

    @FXML
    private void newStaff() {
        staffTable.getSelectionModel().clearSelection();
        staffNameField.clear();
        staffUsernameField.clear();
        staffRoleChoice.setValue(Role.COORDINATOR);
        staffActiveCheck.setSelected(true);
        staffNameField.requestFocus();
    }

    @FXML
    private void saveStaff() {
        Staff selected = staffTable.getSelectionModel().getSelectedItem();
        String name = staffNameField.getText();
        String username = staffUsernameField.getText();
        Role role = staffRoleChoice.getValue();
        boolean active = staffActiveCheck.isSelected();
        window.background().run(() -> selected == null ? context.staffService().add(username, name, role)
                : context.staffService().update(new Staff(selected.id(), username, name, role, active)), saved -> {
                    done("settings.saved");
                    reload();
                }, this::failed);
    }

    /** Whether an admin is at the desk; otherwise says why here (the services check it again). */
    private boolean adminAtTheDesk() {
        try {
            context.currentStaff().requireAdmin();
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private void done(String key, Object... arguments) {
        statusLabel.getStyleClass().remove("error-text");
        statusLabel.setText(messages.get(key, arguments));
    }

    private void failed(Throwable error) {
        if (!statusLabel.getStyleClass().contains("error-text")) {
            statusLabel.getStyleClass().add("error-text");
        }
        statusLabel.setText(window.dialogs().describe(error));
    }

    private static int parse(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
