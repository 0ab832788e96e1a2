package th.or.dga.dgtidesk.ui.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.innovator.InnovatorDraft;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.Organization;
import th.or.dga.dgtidesk.innovator.PersonName;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.tag.TagNames;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.InitialFocus;
import th.or.dga.dgtidesk.ui.common.TypeAhead;
import th.or.dga.dgtidesk.ui.people.NewPersonDialog;

/**
 * Adding or editing an innovator. The organization is typed (an existing one is suggested, a new
 * name makes a new organization); an individual innovator is the contact person picked below. The
 * status is chosen when adding; later it moves on the innovator's page.
 */
public final class InnovatorFormController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final InnovatorDraft initial;
    private final Consumer<String> onSaved;
    private final Runnable onCancel;
    private String contactPersonId;
    /** The name shown for the picked contact; other text in the field means no contact is picked. */
    private String contactName;

    @FXML private Label headingLabel;
    @FXML private ChoiceBox<InnovatorKind> kindChoice;
    @FXML private Label organizationLabel;
    @FXML private TextField organizationField;
    @FXML private Label organizationHint;
    @FXML private TextField contactField;
    @FXML private Label contactHint;
    @FXML private ComboBox<String> provinceBox;
    @FXML private ChoiceBox<RosterStatus> statusChoice;
    @FXML private Label statusHint;
    @FXML private DatePicker joinedDate;
    @FXML private TextField cohortField;
    @FXML private TextField tagsField;
    @FXML private CheckBox consentBox;
    @FXML private Label problemLabel;
    @FXML private Button saveButton;

    /** {@code initial} null for a new innovator. */
    InnovatorFormController(DeskWindow window, CenterContext context, InnovatorDraft initial,
            Consumer<String> onSaved, Runnable onCancel) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.initial = initial;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    private boolean editing() {
        return initial != null;
    }

    private record Choices(CalendarSystem calendar, List<String> provinces, PersonName contact) {
    }

    @FXML
    private void initialize() {
        headingLabel.setText(messages.get(editing() ? "roster.form.editTitle" : "roster.form.newTitle"));
        kindChoice.getItems().setAll(InnovatorKind.values());
        kindChoice.setConverter(Converters.text(kind -> messages.get("roster.kind." + kind.code())));
        kindChoice.valueProperty().addListener((o, old, kind) -> showKind(kind));
        statusChoice.getItems().setAll(RosterStatus.values());
        statusChoice.setConverter(Converters.text(status -> messages.get("roster.status." + status.code())));
        statusChoice.setDisable(editing());
        statusHint.setText(editing() ? messages.get("roster.form.status.onPage") : "");
        BuddhistDatePicker.configure(joinedDate, CalendarSystem.BUDDHIST, messages);
        new TypeAhead<Organization>(organizationField, window.background(), String::strip,
                text -> () -> context.rosterQueries().organizations(text, 10),
                org -> org.nameTh() + (org.province() == null ? "" : "  ·  " + org.province()), org -> {
                    organizationField.setText(org.nameTh());
                    if (org.province() != null && ThaiText.clean(provinceBox.getEditor().getText()) == null) {
                        provinceBox.getEditor().setText(org.province());
                    }
                });
        new TypeAhead<PersonListItem>(contactField, window.background(), String::strip,
                text -> () -> context.peopleQueries().search(text, 10),
                person -> person.displayName() + (person.organizationNameTh() == null ? ""
                        : "  ·  " + person.organizationNameTh()), this::choose);
        // Typing over a picked contact un-picks it: what is saved is always what is shown.
        contactField.textProperty().addListener((o, old, text) -> {
            if (contactPersonId != null && !java.util.Objects.equals(text, contactName)) {
                contactPersonId = null;
                contactName = null;
                contactHint.setText(messages.get("roster.form.contact.pick"));
            }
        });
        TypeAhead<String> tags = new TypeAhead<>(tagsField, window.background(), TypeAhead::lastOfList,
                text -> () -> context.tagService().suggest(text, 12), tag -> tag,
                tag -> tagsField.setText(TypeAhead.replaceLastOfList(tagsField.getText(), tag)));
        fill(tags);
        window.background().run(() -> new Choices(
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)),
                context.rosterQueries().provinces(),
                contactPersonId == null ? null : context.rosterQueries().person(contactPersonId).orElse(null)),
                this::showChoices);
        InitialFocus.on(editing() ? cohortField : kindChoice);
    }

    private void fill(TypeAhead<String> tags) {
        if (initial == null) {
            kindChoice.setValue(InnovatorKind.STARTUP);
            statusChoice.setValue(RosterStatus.APPLICANT);
            contactHint.setText(messages.get("roster.form.contact.pick"));
            return;
        }
        kindChoice.setValue(initial.kind());
        organizationField.setText(initial.organizationNameTh());
        provinceBox.getEditor().setText(initial.province());
        statusChoice.setValue(initial.status());
        joinedDate.setValue(initial.joinedOn());
        cohortField.setText(initial.cohort());
        tags.setTextQuietly(initial.tags().isEmpty() ? "" : String.join(", ", initial.tags()) + ", ");
        consentBox.setSelected(initial.consentToPublish());
        contactPersonId = initial.contactPersonId();
    }

    private void showChoices(Choices choices) {
        BuddhistDatePicker.configure(joinedDate, choices.calendar(), messages);
        LocalDate joined = joinedDate.getValue();
        joinedDate.setValue(null);
        joinedDate.setValue(joined);
        String typed = provinceBox.getEditor().getText();
        provinceBox.getItems().setAll(choices.provinces());
        provinceBox.getEditor().setText(typed);
        if (choices.contact() != null) {
            contactName = choices.contact().displayName();
            contactField.setText(contactName);
            contactHint.setText(messages.get("roster.form.contact.chosen", contactName));
        } else if (contactPersonId == null) {
            contactHint.setText(messages.get("roster.form.contact.pick"));
        }
    }

    private void showKind(InnovatorKind kind) {
        boolean organization = kind != null && !kind.isPerson();
        organizationField.setDisable(!organization);
        organizationLabel.setDisable(!organization);
        organizationHint.setText(organization ? messages.get("roster.form.organization.hint")
                : messages.get("roster.form.organization.individual"));
    }

    private void choose(PersonListItem person) {
        contactPersonId = person.id();
        contactName = person.displayName();
        contactField.setText(contactName);
        contactHint.setText(messages.get("roster.form.contact.chosen", person.displayName()));
    }

    @FXML
    private void newContact() {
        NewPersonDialog.show(window, context, contactField.getText(), this::choose);
    }

    @FXML
    private void save() {
        InnovatorDraft draft;
        try {
            draft = read();
        } catch (th.or.dga.dgtidesk.common.UserException e) {
            problemLabel.setText(e.localizedMessage(messages));
            return;
        }
        problemLabel.setText("");
        saveButton.setDisable(true);
        window.background().run(() -> editing() ? context.innovatorService().update(draft)
                : context.innovatorService().create(draft), saved -> onSaved.accept(saved.id()), error -> {
                    saveButton.setDisable(false);
                    problemLabel.setText(window.dialogs().describe(error));
                });
    }

    private InnovatorDraft read() {
        LocalDate joined = BuddhistDatePicker.shownDate(joinedDate);
        return new InnovatorDraft(editing() ? initial.id() : null, kindChoice.getValue(),
                organizationField.getText(), provinceBox.getEditor().getText(), statusChoice.getValue(), joined,
                cohortField.getText(), contactPersonId, consentBox.isSelected(),
                TagNames.parse(tagsField.getText()));
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }
}
