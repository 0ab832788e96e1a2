package th.or.dga.dgtidesk.ui.start;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.ui.DeskWindow;

/** Binds the set-up form to its view model and saves in the background. */
public final class SetupController {

    private final DeskWindow window;
    private final SetupViewModel model;

    @FXML
    private TextField codeField;
    @FXML
    private TextField nameThField;
    @FXML
    private TextField nameEnField;
    @FXML
    private TextArea addressField;
    @FXML
    private TextField adminNameField;
    @FXML
    private TextField adminUsernameField;
    @FXML
    private Label problemLabel;
    @FXML
    private Button saveButton;

    public SetupController(DeskWindow window) {
        this.window = window;
        this.model = new SetupViewModel(window.requireContext().centerService(), window.messages());
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.code);
        nameThField.textProperty().bindBidirectional(model.nameTh);
        nameEnField.textProperty().bindBidirectional(model.nameEn);
        addressField.textProperty().bindBidirectional(model.address);
        adminNameField.textProperty().bindBidirectional(model.adminName);
        adminUsernameField.textProperty().bindBidirectional(model.adminUsername);
        problemLabel.textProperty().bind(model.problem());
        problemLabel.visibleProperty().bind(model.problem().isNotEmpty());
        saveButton.setDefaultButton(true);
        codeField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                codeField.requestFocus();
            }
        });
    }

    @FXML
    private void save() {
        if (!model.validate()) {
            return;
        }
        saveButton.setDisable(true);
        window.background().run(model::save, center -> window.showShell(), error -> {
            saveButton.setDisable(false);
            model.failed(error);
        });
    }

    @FXML
    private void back() {
        window.showWelcome();
    }
}
