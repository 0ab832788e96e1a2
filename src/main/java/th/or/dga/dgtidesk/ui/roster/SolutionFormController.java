package th.or.dga.dgtidesk.ui.roster;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.innovator.ServiceArea;
import th.or.dga.dgtidesk.innovator.Solution;
import th.or.dga.dgtidesk.innovator.Trl;
import th.or.dga.dgtidesk.tag.TagNames;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.InitialFocus;
import th.or.dga.dgtidesk.ui.common.TypeAhead;

/** Adding or editing one solution of an innovator; each readiness level says what it means. */
public final class SolutionFormController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String innovatorId;
    private final Solution initial;
    private final Runnable onDone;

    @FXML private Label headingLabel;
    @FXML private TextField nameField;
    @FXML private TextArea summaryField;
    @FXML private ChoiceBox<Integer> trlChoice;
    @FXML private Label trlMeaning;
    @FXML private TextField tagsField;
    @FXML private FlowPane areaPane;
    @FXML private TextField linkField;
    @FXML private Label problemLabel;
    @FXML private Button saveButton;

    /** {@code initial} null for a new solution; {@code onDone} returns to the innovator's page. */
    SolutionFormController(DeskWindow window, CenterContext context, String innovatorId, Solution initial,
            Runnable onDone) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.innovatorId = innovatorId;
        this.initial = initial;
        this.onDone = onDone;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(initial == null ? messages.get("roster.solution.newTitle")
                : messages.get("roster.solution.editTitle", initial.name()));
        trlChoice.getItems().add(null);
        for (int level = Trl.LOWEST; level <= Trl.HIGHEST; level++) {
            trlChoice.getItems().add(level);
        }
        trlChoice.setConverter(Converters.orNull(messages.get("roster.trl.unknown"),
                level -> messages.get(Trl.meaningKey(level))));
        trlChoice.valueProperty().addListener((o, old, level) -> trlMeaning.setText(level == null
                ? messages.get("roster.trl.hint") : messages.get("roster.trl.scale", level, Trl.HIGHEST)));
        for (ServiceArea area : ServiceArea.values()) {
            CheckBox box = new CheckBox(messages.get("roster.area." + area.code()));
            box.setUserData(area);
            areaPane.getChildren().add(box);
        }
        TypeAhead<String> tags = new TypeAhead<>(tagsField, window.background(), TypeAhead::lastOfList,
                text -> () -> context.tagService().suggest(text, 12), tag -> tag,
                tag -> tagsField.setText(TypeAhead.replaceLastOfList(tagsField.getText(), tag)));
        trlMeaning.setText(messages.get("roster.trl.hint"));
        if (initial != null) {
            nameField.setText(initial.name());
            summaryField.setText(initial.summary());
            trlChoice.setValue(initial.trl());
            tags.setTextQuietly(initial.tags().isEmpty() ? "" : String.join(", ", initial.tags()) + ", ");
            linkField.setText(initial.link());
            areaPane.getChildren().forEach(node -> ((CheckBox) node).setSelected(
                    initial.serviceAreas().contains((ServiceArea) node.getUserData())));
        }
        InitialFocus.on(nameField);
    }

    @FXML
    private void save() {
        List<ServiceArea> areas = areaPane.getChildren().stream()
                .filter(node -> ((CheckBox) node).isSelected()).map(node -> (ServiceArea) node.getUserData()).toList();
        Solution draft = new Solution(initial == null ? null : initial.id(), innovatorId, nameField.getText(),
                summaryField.getText(), TagNames.parse(tagsField.getText()), trlChoice.getValue(), areas,
                linkField.getText());
        problemLabel.setText("");
        saveButton.setDisable(true);
        window.background().run(() -> initial == null ? context.solutionService().create(draft)
                : context.solutionService().update(draft), saved -> onDone.run(), error -> {
                    saveButton.setDisable(false);
                    problemLabel.setText(window.dialogs().describe(error));
                });
    }

    @FXML
    private void cancel() {
        onDone.run();
    }
}
