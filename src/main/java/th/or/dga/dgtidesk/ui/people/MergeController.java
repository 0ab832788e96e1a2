package th.or.dga.dgtidesk.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.duplicates.DuplicatePair;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.ui.DeskWindow;

/**
 * Both records side by side; for each field that differs the coordinator picks the value to keep
 * (the filled-in one is pre-picked), and which record remains. One click merges everything.
 */
public final class MergeController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final DuplicatePair pair;
    private final PeoplePages pages;
    private final ToggleGroup keep = new ToggleGroup();
    private final List<ToggleGroup> choices = new ArrayList<>();

    @FXML private Label reasonLabel;
    @FXML private GridPane fieldGrid;
    @FXML private Label problemLabel;
    @FXML private Button confirmMergeButton;

    /** A field of the person, by its label key and how to read it from each side. */
    private record Field(String labelKey, Function<PersonFields, String> value, Function<PersonFields, String> shown) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("person.field.prefix", PersonFields::titlePrefix, PersonFields::titlePrefix),
            new Field("person.field.firstName", PersonFields::firstNameTh, PersonFields::firstNameTh),
            new Field("person.field.lastName", PersonFields::lastNameTh, PersonFields::lastNameTh),
            new Field("person.field.firstNameEn", PersonFields::firstNameEn, PersonFields::firstNameEn),
            new Field("person.field.lastNameEn", PersonFields::lastNameEn, PersonFields::lastNameEn),
            new Field("person.field.email", PersonFields::email, PersonFields::email),
            new Field("person.field.phone", PersonFields::phone, p -> ThaiPhone.display(p.phone())),
            new Field("person.field.organization", PersonFields::organizationId, PersonFields::organizationName),
            new Field("person.field.position", PersonFields::position, PersonFields::position),
            new Field("person.field.province", PersonFields::province, PersonFields::province));

    public MergeController(DeskWindow window, CenterContext context, DuplicatePair pair, PeoplePages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.pair = pair;
        this.pages = pages;
    }

    @FXML
    private void initialize() {
        reasonLabel.setText(messages.get("merge.reasons", pair.reasons().stream().sorted()
                .map(reason -> messages.get(reason.messageKey())).collect(Collectors.joining(", "))));
        fieldGrid.add(new Label(messages.get("merge.keepRecord")), 0, 0);
        RadioButton keepA = new RadioButton(messages.get("merge.recordA"));
        RadioButton keepB = new RadioButton(messages.get("merge.recordB"));
        keepA.setToggleGroup(keep);
        keepB.setToggleGroup(keep);
        keepA.setUserData(pair.a());
        keepB.setUserData(pair.b());
        keepA.setSelected(true);
        fieldGrid.add(keepA, 1, 0);
        fieldGrid.add(keepB, 2, 0);
        int row = 1;
        for (Field field : FIELDS) {
            String a = field.value().apply(pair.a());
            String b = field.value().apply(pair.b());
            Label label = new Label(messages.get(field.labelKey()));
            label.getStyleClass().add("muted");
            fieldGrid.add(label, 0, row);
            ToggleGroup group = new ToggleGroup();
            RadioButton fromA = option(field.shown().apply(pair.a()), pair.a(), group);
            RadioButton fromB = option(field.shown().apply(pair.b()), pair.b(), group);
            // Pre-pick what is filled in; where both differ, record A's value until the coordinator says otherwise.
            (a == null && b != null ? fromB : fromA).setSelected(true);
            if (Objects.equals(a, b)) {
                fromB.setDisable(true);
            }
            fieldGrid.add(fromA, 1, row);
            fieldGrid.add(fromB, 2, row);
            choices.add(group);
            row++;
        }
        javafx.application.Platform.runLater(confirmMergeButton::requestFocus);
    }

    private static RadioButton option(String shown, PersonFields side, ToggleGroup group) {
        RadioButton option = new RadioButton(shown == null ? "—" : shown);
        option.setToggleGroup(group);
        option.setUserData(side);
        option.setWrapText(true);
        return option;
    }

    /** The kept record's id with each field taken from the side picked for it. */
    private PersonFields chosen() {
        PersonFields kept = (PersonFields) keep.getSelectedToggle().getUserData();
        String[] values = new String[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            PersonFields side = (PersonFields) choices.get(i).getSelectedToggle().getUserData();
            values[i] = FIELDS.get(i).value().apply(side);
        }
        return new PersonFields(kept.id(), values[0], values[1], values[2], values[3], values[4], values[5],
                values[6], values[7], null, values[8], values[9]);
    }

    @FXML
    private void merge() {
        PersonFields chosen = chosen();
        String removeId = chosen.id().equals(pair.a().id()) ? pair.b().id() : pair.a().id();
        confirmMergeButton.setDisable(true);
        window.background().run(() -> context.mergeService().mergePeople(chosen, removeId), report -> pages.lists(
                messages.get("merge.done", chosen.firstNameTh() + (chosen.lastNameTh() == null ? ""
                        : " " + chosen.lastNameTh()), report.moved().values().stream().mapToInt(Integer::intValue)
                        .sum() + report.registrationsDropped())), error -> {
                            confirmMergeButton.setDisable(false);
                            problemLabel.setText(window.dialogs().describe(error));
                        });
    }

    @FXML
    private void cancel() {
        pages.lists(null);
    }
}
