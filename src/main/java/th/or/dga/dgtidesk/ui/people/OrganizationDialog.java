package th.or.dga.dgtidesk.ui.people;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.people.Organization;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.common.ViewLoader;

/** The organization form in a dialog that closes only when the save succeeded (or on Cancel). */
final class OrganizationDialog {

    private OrganizationDialog() {
    }

    static void show(DeskWindow window, CenterContext context, Organization organization,
            Consumer<Organization> saved) {
        ViewLoader.Loaded<OrganizationFormController> loaded = window.loader()
                .register(OrganizationFormController.class,
                        () -> new OrganizationFormController(window, context, organization))
                .load(View.ORGANIZATION_FORM);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
        dialog.setTitle(window.messages().get("app.name"));
        dialog.setHeaderText(organization.nameTh());
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getStylesheets().addAll(window.stage().getScene().getStylesheets());
        ButtonType save = new ButtonType(window.messages().get("person.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(window.messages().get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            saveButton.setDisable(true);
            loaded.controller().save(written -> {
                dialog.setResult(save);
                dialog.close();
                saved.accept(written);
            }, () -> saveButton.setDisable(false));
        });
        dialog.show();
    }
}
