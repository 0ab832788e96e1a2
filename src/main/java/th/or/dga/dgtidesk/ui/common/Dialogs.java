package th.or.dga.dgtidesk.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.UserException;

/**
 * The one way the UI tells the user something: a plain message in their language; the technical
 * detail of an unexpected error is logged once, never shown as a stack trace.
 */
public final class Dialogs {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private final Messages messages;
    private final Window owner;

    public Dialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The text for an error: a user error's own message, or a calm general one (the rest is logged). */
    public String describe(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof UserException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof UserException user) {
            return user.localizedMessage(messages);
        }
        LOG.error("Unexpected error", error);
        return messages.get("ui.error.unexpected");
    }

    public void showError(Throwable error) {
        Alert alert = alert(Alert.AlertType.ERROR, messages.get("ui.error.title"), describe(error));
        alert.showAndWait();
    }

    public void showInfo(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).showAndWait();
    }

    public boolean confirm(String title, String text, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Asks the user to pick one of {@code choices}; empty when the dialog is closed. */
    public Optional<ButtonType> choose(Alert.AlertType type, String title, String text, List<ButtonType> choices) {
        Alert alert = alert(type, title, text);
        alert.getButtonTypes().setAll(choices);
        return alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(title);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().getStyleClass().add("desk-dialog");
        return alert;
    }
}
