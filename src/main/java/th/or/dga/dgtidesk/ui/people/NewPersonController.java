package th.or.dga.dgtidesk.ui.people;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;

/**
 * The quick "new person" form used where a person is needed at once (registering, a walk-in).
 * Before writing it looks for people with the same e-mail or phone; when there are some it shows
 * them, and the coordinator picks one or confirms that this is somebody else.
 */
public final class NewPersonController {

    static final List<String> ORGANIZATION_KINDS = List.of("government_agency", "state_enterprise", "university",
            "startup", "company", "community_group", "other");

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String typed;

    @FXML private ComboBox<String> prefixBox;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private TextField organizationField;
    @FXML private ChoiceBox<String> kindChoice;
    @FXML private Label problemLabel;
    @FXML private VBox duplicateBox;
    @FXML private Label duplicateLabel;
    @FXML private ListView<PersonListItem> duplicateList;

    /** The duplicates last shown for these exact contact details; saving again means "somebody else". */
    private String warnedFor;

    public NewPersonController(DeskWindow window, CenterContext context, String typed) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.typed = typed;
    }

    @FXML
    private void initialize() {
        prefixBox.setItems(FXCollections.observableArrayList(NamePrefix.COMMON));
        kindChoice.setItems(FXCollections.observableArrayList(ORGANIZATION_KINDS));
        kindChoice.setConverter(Converters.text(kind -> messages.get("organization.kind." + kind)));
        kindChoice.setValue("government_agency");
        duplicateList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PersonListItem person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.displayName() + "  ·  "
                        + (person.email() == null ? "" : person.email() + "  ") + (person.phone() == null ? ""
                                : th.or.dga.dgtidesk.common.ThaiPhone.display(person.phone())));
            }
        });
        showDuplicates(List.of());
        prefill(typed == null ? "" : typed.strip());
    }

    /** What was typed in the search goes where it belongs: an e-mail, a phone, or a name. */
    private void prefill(String text) {
        if (text.contains("@")) {
            emailField.setText(text);
        } else if (text.matches("[+\\d\\s().-]{6,}")) {
            phoneField.setText(text);
        } else if (!text.isEmpty()) {
            NamePrefix.SplitName name = NamePrefix.split(text);
            prefixBox.setValue(name.prefix());
            firstNameField.setText(name.firstName());
            lastNameField.setText(name.lastName());
        }
    }

    NewPerson draft() {
        String prefix = prefixBox.getEditor().getText();
        return new NewPerson(prefix, firstNameField.getText(), lastNameField.getText(), emailField.getText(),
                phoneField.getText(), organizationField.getText(), kindChoice.getValue());
    }

    /**
     * Saves the person, unless people with the same contact details exist and have not been shown
     * yet: then they are shown and nothing is written. {@code onPerson} receives the new person.
     */
    void save(Consumer<PersonListItem> onPerson, Runnable onIdle) {
        NewPerson draft = draft();
        String contact = draft.email() + "|" + draft.phone();
        boolean confirmedNew = contact.equals(warnedFor);
        window.background().run(() -> {
            List<PersonListItem> same = confirmedNew ? List.of()
                    : context.personService().sameContact(draft.email(), draft.phone());
            return same.isEmpty() ? new Outcome(context.personService().create(draft), List.of())
                    : new Outcome(null, same);
        }, outcome -> {
            if (outcome.created() != null) {
                onPerson.accept(outcome.created());
            } else {
                warnedFor = contact;
                problemLabel.setText("");
                showDuplicates(outcome.duplicates());
                onIdle.run();
            }
        }, error -> {
            problemLabel.setText(window.dialogs().describe(error));
            onIdle.run();
        });
    }

    private record Outcome(PersonListItem created, List<PersonListItem> duplicates) {
    }

    /** The existing person the coordinator picked in the duplicate warning, if any. */
    PersonListItem pickedDuplicate() {
        return duplicateBox.isVisible() ? duplicateList.getSelectionModel().getSelectedItem() : null;
    }

    boolean showingDuplicates() {
        return duplicateBox.isVisible();
    }

    private void showDuplicates(List<PersonListItem> people) {
        boolean show = !people.isEmpty();
        duplicateBox.setVisible(show);
        duplicateBox.setManaged(show);
        duplicateList.setItems(FXCollections.observableArrayList(people));
        if (show) {
            duplicateLabel.setText(messages.get("person.duplicate.warning", people.size()));
            duplicateList.getSelectionModel().selectFirst();
            duplicateList.requestFocus();
        }
        if (duplicateBox.getScene() != null) {
            duplicateBox.getScene().getWindow().sizeToScene();
        }
    }

    void focusFirstEmpty() {
        (firstNameField.getText() == null || firstNameField.getText().isBlank() ? firstNameField : emailField)
                .requestFocus();
    }
}
