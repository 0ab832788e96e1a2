package th.or.dga.dgtidesk.ui.importing;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.importing.ImportKind;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.common.ViewLoader;

/**
 * Opens the import wizard in a window of its own: choose a file, check the encoding and the column
 * mapping, read every row's outcome, import (with progress and Cancel), save the rejected rows.
 * {@code onImported} runs after a successful import (the page behind shows the new rows).
 */
public final class ImportWizard {

    private ImportWizard() {
    }

    /** {@code workshopId} and {@code title} name the workshop for registrations (null for people and the roster). */
    public static void show(DeskWindow window, CenterContext context, ImportKind kind, String workshopId, String title,
            Runnable onImported) {
        Messages messages = window.messages();
        ViewLoader.Loaded<ImportWizardController> loaded = window.loader()
                .register(ImportWizardController.class,
                        () -> new ImportWizardController(window, context, kind, workshopId, onImported))
                .load(View.IMPORT_WIZARD);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
        dialog.setResizable(true);
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(switch (kind) {
            case REGISTRATIONS -> messages.get("import.wizard.title.registrations", title);
            case PEOPLE -> messages.get("import.wizard.title.people");
            case ROSTER -> messages.get("import.wizard.title.roster");
        });
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getStylesheets().addAll(window.stage().getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().addAll("desk-dialog", "import-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("import.wizard.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        // Closing while an import is writing would hide its progress: the import is cancelled first.
        dialog.setOnCloseRequest(event -> loaded.controller().cancelImport());
        dialog.setOnShown(event -> loaded.controller().focusChoose());
        dialog.show();
    }
}
