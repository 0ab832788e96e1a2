package th.or.dga.dgtidesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.ProgressMonitor;

/**
 * The strip where a page shows an export under way (progress and Cancel) and then its result:
 * the file name with "Open" and "Open folder", or why nothing was written. The folder chosen is
 * remembered per kind of export.
 */
public final class ExportBar {

    /** Writes the file at {@code target} and returns where it went. */
    @FunctionalInterface
    public interface Work {
        Path write(Path target, ProgressMonitor progress) throws Exception;
    }

    private final HBox host;
    private final Background background;
    private final Messages messages;
    private final Dialogs dialogs;
    private final FilePicker picker;
    private final DeskPreferences preferences;

    public ExportBar(HBox host, Background background, Messages messages, Dialogs dialogs, FilePicker picker,
            DeskPreferences preferences) {
        this.host = host;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
        this.picker = picker;
        this.preferences = preferences;
        host.setSpacing(10);
        host.setAlignment(Pos.CENTER_LEFT);
        host.getStyleClass().add("export-bar");
    }

    /**
     * Asks where to save ({@code kind} names the remembered folder), then runs {@code work} in the
     * background. Returns the task, or empty when the user closed the save dialog.
     */
    public Optional<Task<Path>> export(String kind, String title, String suggestedName,
            FileChooser.ExtensionFilter filter, Work work) {
        Optional<Path> chosen = picker.saveAs(title, suggestedName, preferences.exportFolder(kind).orElse(null),
                filter);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path target = chosen.get().toAbsolutePath();
        preferences.rememberExportFolder(kind, target.getParent());
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(220);
        Button cancel = new Button(messages.get("ui.cancel"));
        Label writing = new Label(messages.get("export.writing", target.getFileName()));
        host.getChildren().setAll(writing, bar, cancel);
        Task<Path> task = background.run(progress -> work.write(target, progress), this::done, this::failed);
        bar.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(event -> {
            cancel.setDisable(true);
            task.cancel(false);
        });
        return Optional.of(task);
    }

    private void done(Path written) {
        Label saved = new Label(messages.get("export.saved", written.getFileName()));
        saved.getStyleClass().add("status-text");
        Button open = new Button(messages.get("export.open"));
        open.setOnAction(event -> FileOpener.open(background, written, this::failed));
        Button folder = new Button(messages.get("export.openFolder"));
        folder.setOnAction(event -> FileOpener.open(background, written.getParent(), this::failed));
        host.getChildren().setAll(saved, open, folder);
        open.requestFocus();
    }

    private void failed(Throwable error) {
        // Cancel before the work started arrives as the task's CancellationException; after, as ours.
        boolean cancelled = error instanceof CancellationException || error instanceof CancelledException;
        Label problem = new Label(cancelled ? messages.get("export.cancelled") : dialogs.describe(error));
        problem.getStyleClass().add(cancelled ? "muted" : "error-text");
        problem.setWrapText(true);
        host.getChildren().setAll(problem);
    }
}
