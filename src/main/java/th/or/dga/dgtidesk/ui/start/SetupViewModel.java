package th.or.dga.dgtidesk.ui.start;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.UserException;

/** The "Set up my center" form: its fields, what is missing, and saving through the center service. */
public final class SetupViewModel {

    private final CenterService centerService;
    private final Messages messages;

    final StringProperty code = new SimpleStringProperty("");
    final StringProperty nameTh = new SimpleStringProperty("");
    final StringProperty nameEn = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty adminName = new SimpleStringProperty("");
    final StringProperty adminUsername = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public SetupViewModel(CenterService centerService, Messages messages) {
        this.centerService = centerService;
        this.messages = messages;
    }

    /** The first thing the user must fix, in their language; empty when the form can be saved. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Checks the form; true when it can be saved, otherwise {@link #problem()} says why. */
    public boolean validate() {
        String key = blank(code) ? "center.codeRequired" : blank(nameTh) ? "center.nameThRequired"
                : blank(adminName) ? "staff.displayNameRequired" : blank(adminUsername) ? "staff.usernameRequired"
                : null;
        problem.set(key == null ? "" : messages.get(key));
        return key == null;
    }

    /** Saves the center and its first admin (call off the JavaFX thread). */
    public Center save() {
        return centerService.setUp(code.get(), nameTh.get(), nameEn.get(), address.get(),
                new CenterService.FirstAdmin(adminName.get(), adminUsername.get()));
    }

    /** Shows a refusal from the service as the form's problem. */
    public void failed(Throwable error) {
        problem.set(error instanceof UserException user ? user.localizedMessage(messages)
                : messages.get("ui.error.unexpected"));
    }

    private static boolean blank(StringProperty property) {
        return property.get() == null || property.get().isBlank();
    }
}
