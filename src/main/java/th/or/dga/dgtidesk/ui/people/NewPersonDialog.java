package th.or.dga.dgtidesk.ui.people;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.common.ViewLoader;

/**
 * Opens the quick "new person" form in a dialog. Save writes the person (after the duplicate
 * check); when duplicates are shown, "Use selected" takes the existing person instead, and Save
 * again creates the new one anyway. The dialog stays open until one of those succeeds or Cancel.
 */
public final class NewPersonDialog {

    private NewPersonDialog() {
    }

    public static void show(DeskWindow window, CenterContext context, String typed, Consumer<PersonListItem> chosen) {
        Messages messages = window.messages();
        ViewLoader.Loaded<NewPersonController> loaded = window.loader()
                .register(NewPersonController.class, () -> new NewPersonController(window, context, typed))
                .load(View.NEW_PERSON);
        NewPersonController form = loaded.controller();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get("person.new.title"));
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getStylesheets().addAll(window.stage().getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().add("desk-dialog");
        ButtonType save = new ButtonType(messages.get("person.new.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType useExisting = new ButtonType(messages.get("person.duplicate.useSelected"),
                ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(useExisting, save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        Button useButton = (Button) dialog.getDialogPane().lookupButton(useExisting);
        useButton.setVisible(false);
        Consumer<PersonListItem> finish = person -> {
            dialog.setResult(save);
            dialog.close();
            chosen.accept(person);
        };
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Validation and the duplicate check run in the background; the dialog closes on success only.
            event.consume();
            saveButton.setDisable(true);
            form.save(finish, () -> {
                saveButton.setDisable(false);
                useButton.setVisible(form.showingDuplicates());
                saveButton.setText(messages.get(form.showingDuplicates() ? "person.duplicate.createAnyway"
                        : "person.new.save"));
            });
        });
        useButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            PersonListItem existing = form.pickedDuplicate();
            if (existing != null) {
                finish.accept(existing);
            }
        });
        dialog.setOnShown(event -> form.focusFirstEmpty());
        dialog.show();
    }
}
