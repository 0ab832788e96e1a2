package th.or.dga.dgtidesk.ui;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.db.Backups;
import th.or.dga.dgtidesk.db.DataLocations;
import th.or.dga.dgtidesk.db.Database;
import th.or.dga.dgtidesk.db.DatabaseRefusedException;
import th.or.dga.dgtidesk.ui.common.Background;
import th.or.dga.dgtidesk.ui.common.DelayedSpinner;
import th.or.dga.dgtidesk.ui.common.DeskPreferences;
import th.or.dga.dgtidesk.ui.common.ExportBar;
import th.or.dga.dgtidesk.ui.common.FilePicker;
import th.or.dga.dgtidesk.ui.common.Dialogs;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.common.ViewLoader;
import th.or.dga.dgtidesk.ui.checkin.CheckinController;
import th.or.dga.dgtidesk.ui.roster.RosterListController;
import th.or.dga.dgtidesk.ui.consultation.ConsultationListController;
import th.or.dga.dgtidesk.ui.matching.MatchingController;
import th.or.dga.dgtidesk.ui.matching.NeedListController;
import th.or.dga.dgtidesk.ui.matching.PipelineController;
import th.or.dga.dgtidesk.ui.settings.SettingsController;
import th.or.dga.dgtidesk.ui.shell.LoadingFrame;
import th.or.dga.dgtidesk.ui.shell.Screen;
import th.or.dga.dgtidesk.ui.shell.ShellController;
import th.or.dga.dgtidesk.ui.start.SetupController;
import th.or.dga.dgtidesk.ui.start.WelcomeController;
import th.or.dga.dgtidesk.ui.workshop.WorkshopListController;

/**
 * The window and the composition root of the UI: it opens the data file in the background,
 * decides what to show (first start, set-up, the shell, or a refused file's way out), and builds
 * every controller with what it needs. Switching language rebuilds the views with the new texts.
 */
public final class DeskWindow {

    private static final Logger LOG = LoggerFactory.getLogger(DeskWindow.class);

    private final Stage stage;
    private final Background background;
    private final DeskPreferences preferences;
    private final Clock clock;
    private final Scene scene;
    private Messages messages;
    private Dialogs dialogs;
    private CenterContext context;
    private boolean readyLogged;
    private boolean dataLogged;
    private boolean dailyBackupChecked;
    private boolean shellShown;
    private Screen firstScreen = Screen.OVERVIEW;
    private final List<Runnable> onClose = new ArrayList<>();
    private final List<Runnable> beforeFileCloses = new ArrayList<>();
    private FilePicker filePicker;
    private th.or.dga.dgtidesk.ui.common.FileOpenPicker openPicker;

    public DeskWindow(Stage stage, Background background, DeskPreferences preferences, Messages messages, Clock clock) {
        this.stage = stage;
        this.background = background;
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
        this.dialogs = new Dialogs(messages, stage);
        this.filePicker = FilePicker.system(stage);
        this.openPicker = th.or.dga.dgtidesk.ui.common.FileOpenPicker.system(stage);
        // Empty until start() or open() shows the frame or the loading view.
        this.scene = new Scene(new VBox(), 1180, 760);
        scene.getStylesheets().add(DeskWindow.class.getResource("/css/desk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnHidden(event -> close());
    }

    /**
     * Shows the window at once and, when its first frame is on the screen, opens {@code requested}
     * (or the last file, or the default) in the background.
     */
    public void start(Path requested) {
        Path file = requested != null ? requested
                : preferences.lastDataFile().orElse(DataLocations.forCurrentUser().databaseFile());
        // The shell's frame first: usable navigation while the file opens in the background.
        scene.setRoot(LoadingFrame.create(messages, messages.get("start.opening", file.getFileName()),
                choice -> firstScreen = choice));
        stage.show();
        LOG.info("window shown in {} ms", sinceJvmStart());
        afterFirstFrame(() -> {
            logReady();
            // Only now: opening the file on a second core slowed the first frame down by a third.
            openInBackground(file);
        });
    }

    public Messages messages() {
        return messages;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Background background() {
        return background;
    }

    public DeskPreferences preferences() {
        return preferences;
    }

    public FilePicker filePicker() {
        return filePicker;
    }

    /** Tests answer save dialogs themselves: a native dialog cannot be driven headless. */
    public void useFilePicker(FilePicker picker) {
        this.filePicker = picker;
    }

    public th.or.dga.dgtidesk.ui.common.FileOpenPicker openPicker() {
        return openPicker;
    }

    /** Tests answer open dialogs themselves, as they do save dialogs. */
    public void useOpenPicker(th.or.dga.dgtidesk.ui.common.FileOpenPicker picker) {
        this.openPicker = picker;
    }

    /** A strip in {@code host} that runs exports with progress, Cancel and Open. */
    public ExportBar exportBar(javafx.scene.layout.HBox host) {
        return new ExportBar(host, background, messages, dialogs, filePicker, preferences);
    }

    public Stage stage() {
        return stage;
    }

    public Optional<CenterContext> context() {
        return Optional.ofNullable(context);
    }

    /** Opens a data file off the JavaFX thread; the window shows that it is loading meanwhile. */
    public void open(Path file) {
        closeContext();
        scene.setRoot(loading(messages.get("start.opening", file.toString())));
        openInBackground(file);
    }

    private void openInBackground(Path file) {
        background.run(progress -> {
            Database database = Database.openForWriting(file, DataLocations.of(file).backupFolder(), clock);
            CenterContext opened = new CenterContext(database, clock);
            boolean setUp = opened.centerService().center().isPresent();
            if (setUp) {
                opened.staffService().actAsFirstAdmin();
            }
            return new Opened(opened, setUp);
        }, opened -> {
            context = opened.context();
            preferences.rememberDataFile(file);
            if (opened.setUp()) {
                showShell();
            } else {
                showWelcome();
            }
        }, error -> {
            if (error instanceof DatabaseRefusedException refused) {
                offerWayOut(refused);
            } else {
                dialogs.showError(error);
                showWelcomeWithoutFile(file);
            }
        });
    }

    /** An open data file, and whether its center is set up yet. */
    private record Opened(CenterContext context, boolean setUp) {
    }

    private void offerWayOut(DatabaseRefusedException refused) {
        ButtonType restore = new ButtonType(messages.get("refused.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(messages.get("refused.choose"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("refused.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> choices = new ArrayList<>();
        refused.newestGoodBackup().ifPresent(backup -> choices.add(restore));
        choices.add(choose);
        choices.add(quit);
        String text = refused.localizedMessage(messages) + refused.newestGoodBackup()
                .map(backup -> "\n\n" + messages.get("db.refused.backupHint", backup.toString())).orElse("");
        Optional<ButtonType> answer = dialogs.choose(Alert.AlertType.WARNING, messages.get("refused.title"), text,
                choices);
        if (answer.filter(restore::equals).isPresent()) {
            Path backup = refused.newestGoodBackup().orElseThrow();
            background.run(() -> Backups.restore(refused.file(), backup, clock), aside -> open(refused.file()),
                    error -> {
                        dialogs.showError(error);
                        offerWayOut(refused);
                    });
        } else if (answer.filter(choose::equals).isPresent()) {
            chooseFile(refused.file());
        } else {
            stage.close();
        }
    }

    private void chooseFile(Path near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("refused.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DGTi Desk (*.db)", "*.db"));
        if (near != null && near.getParent() != null && near.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(near.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen == null) {
            stage.close();
        } else {
            open(chosen.toPath());
        }
    }

    private void showWelcomeWithoutFile(Path file) {
        chooseFile(file);
    }

    public void showWelcome() {
        show(loader().load(View.WELCOME).root());
    }

    public void showSetup() {
        show(loader().load(View.SETUP).root());
    }

    public void showShell() {
        shellShown = true;
        ViewLoader.Loaded<ShellController> shell = loader().load(View.SHELL);
        show(shell.root());
        shell.controller().show(firstScreen);
        if (!dataLogged) {
            dataLogged = true;
            // When the data file's screens replace the loading frame (measure-startup.sh times it
            // beside "ready in").
            LOG.info("shell with data in {} ms", sinceJvmStart());
        }
        firstScreen = Screen.OVERVIEW;
        if (!dailyBackupChecked) {
            dailyBackupChecked = true;
            CenterContext opened = requireContext();
            background.run(() -> opened.backupService().backUpIfDue(), result -> result.ifPresent(
                    backup -> shell.controller().refreshBackupLabel()));
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Runs {@code action} once the window's first frame is on the screen. onShown comes before
     * anything is painted (under Xvfb the window stayed white 0.3-0.6 s longer). Each pulse starts
     * with the animation timers and, before it hands its own frame to the render thread, waits for
     * the previous frame to be drawn: so the third tick after showing follows the first frame drawn.
     */
    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 3) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** "ready in N ms" from JVM start, once: the shell's frame is drawn and its navigation answers. */
    private void logReady() {
        if (!readyLogged) {
            readyLogged = true;
            LOG.info("ready in {} ms", sinceJvmStart());
        }
    }

    /** Switches the window's language at once: every view is rebuilt with the new texts. */
    public void switchLanguage(String language) {
        messages = Messages.ofLanguage(language);
        dialogs = new Dialogs(messages, stage);
        preferences.rememberLanguage(language);
        stage.setTitle(messages.get("app.name"));
        if (context != null && shellShown) {
            showShell();
        } else {
            showWelcome();
        }
    }

    /** Every controller, built with what it needs: the composition root of the views. */
    public ViewLoader loader() {
        ViewLoader loader = new ViewLoader(messages);
        loader.register(WelcomeController.class, () -> new WelcomeController(this));
        loader.register(SetupController.class, () -> new SetupController(this));
        loader.register(ShellController.class, () -> new ShellController(this, requireContext()));
        loader.register(WorkshopListController.class, () -> new WorkshopListController(this, requireContext()));
        loader.register(CheckinController.class, () -> new CheckinController(this, requireContext()));
        loader.register(th.or.dga.dgtidesk.ui.report.ReportController.class,
                () -> new th.or.dga.dgtidesk.ui.report.ReportController(this, requireContext()));
        loader.register(th.or.dga.dgtidesk.ui.people.PeopleController.class,
                () -> new th.or.dga.dgtidesk.ui.people.PeopleController(this, requireContext()));
        loader.register(RosterListController.class, () -> new RosterListController(this, requireContext()));
        loader.register(SettingsController.class, () -> new SettingsController(this, requireContext()));
        loader.register(ConsultationListController.class,
                () -> new ConsultationListController(this, requireContext()));
        loader.register(MatchingController.class, () -> new MatchingController(this));
        loader.register(NeedListController.class, () -> new NeedListController(this, requireContext()));
        loader.register(PipelineController.class, () -> new PipelineController(this, requireContext()));
        return loader;
    }

    public CenterContext requireContext() {
        if (context == null) {
            throw new IllegalStateException("No data file is open");
        }
        return context;
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    /** A calm loading view: a spinner and what is happening. */
    public static Parent loading(String text) {
        ProgressIndicator spinner = DelayedSpinner.create(48);
        Label label = new Label(text);
        label.getStyleClass().add("loading-text");
        label.setWrapText(true);
        VBox box = new VBox(18, spinner, label);
        box.getStyleClass().add("loading");
        return box;
    }

    public void showLoading(String text) {
        scene.setRoot(loading(text));
    }

    /** A loading view for long work: a progress bar bound to {@code task} and a Cancel button. */
    public void showProgress(String text, javafx.concurrent.Task<?> task) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label label = new Label(text);
        label.getStyleClass().add("loading-text");
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(messages.get("ui.cancel"));
        cancel.setId("cancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> {
            cancel.setDisable(true);
            task.cancel(false);
        });
        VBox box = new VBox(18, label, bar, cancel);
        box.getStyleClass().add("loading");
        scene.setRoot(box);
    }

    /** Runs when the window closes (tests and the app release the data file). */
    public void whenClosed(Runnable action) {
        onClose.add(action);
    }

    /**
     * {@code action} runs on the JavaFX thread just before the data file closes (the window closing,
     * another file opened, a restore): editors write what is still pending there.
     */
    public void beforeFileCloses(Runnable action) {
        beforeFileCloses.add(action);
    }

    public void forgetBeforeFileCloses(Runnable action) {
        beforeFileCloses.remove(action);
    }

    private void closeContext() {
        List<Runnable> pending = List.copyOf(beforeFileCloses);
        beforeFileCloses.clear();
        for (Runnable action : pending) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("Could not save before closing the data file", e);
            }
        }
        dailyBackupChecked = false;
        shellShown = false;
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public void close() {
        closeContext();
        onClose.forEach(Runnable::run);
    }

    /** Closes the data file (for a restore), then runs {@code then}. */
    public void releaseFile() {
        closeContext();
    }
}
