package th.or.dga.dgtidesk.ui.people;

import java.time.LocalDateTime;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.common.Province;
import th.or.dga.dgtidesk.common.Provinces;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.duplicates.Candidate;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.people.PersonLinks;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.OpenOnActivate;
import th.or.dga.dgtidesk.ui.common.PageStack;

/**
 * A person's page: their fields (edited in place and saved with the duplicate check), their
 * consent ledger with give and withdraw, and everything linked to them.
 */
public final class PersonPageController {

    /** The purposes a center asks consent for (codes stored in the ledger). */
    static final List<String> PURPOSES = List.of("workshops", "newsletter", "matching", "publication");

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String personId;
    private final PeoplePages pages;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private List<Candidate> duplicates = List.of();
    private PersonFields fields;
    private PersonLinks links;

    @FXML private VBox page;
    @FXML private Label nameLabel;
    @FXML private Label duplicateLabel;
    @FXML private ComboBox<String> prefixBox;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField firstNameEnField;
    @FXML private TextField lastNameEnField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private TextField organizationField;
    @FXML private TextField positionField;
    @FXML private ComboBox<String> provinceBox;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;
    @FXML private ListView<String> consentList;
    @FXML private FlowPane purposeBox;
    @FXML private TextField noticeField;
    @FXML private Tab registrationsTab;
    @FXML private Tab consultationsTab;
    @FXML private Tab rolesTab;
    @FXML private Tab needsTab;
    @FXML private ListView<String> registrationList;
    @FXML private ListView<PersonLinks.Meeting> consultationList;
    @FXML private ListView<String> roleList;
    @FXML private ListView<String> needList;

    public PersonPageController(DeskWindow window, CenterContext context, String personId, PeoplePages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.personId = personId;
        this.pages = pages;
    }

    private record Page(PersonFields fields, PersonLinks links, List<Candidate> duplicates, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        prefixBox.setItems(FXCollections.observableArrayList(NamePrefix.COMMON));
        provinceBox.getItems().add("");
        provinceBox.getItems().addAll(Provinces.ALL.stream().map(Province::thaiName).toList());
        for (String purpose : PURPOSES) {
            CheckBox box = new CheckBox(messages.get("consent.purpose." + purpose));
            box.setUserData(purpose);
            purposeBox.getChildren().add(box);
        }
        duplicateLabel.managedProperty().bind(duplicateLabel.textProperty().isNotEmpty());
        duplicateLabel.visibleProperty().bind(duplicateLabel.textProperty().isNotEmpty());
        duplicateLabel.setOnMouseClicked(event -> reviewDuplicates());
        consultationList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonLinks.Meeting meeting, boolean empty) {
                super.updateItem(meeting, empty);
                setText(empty || meeting == null ? null
                        : ThaiDates.shortDate(meeting.heldAt().toLocalDate(), calendar) + "  " + meeting.subject());
            }
        });
        OpenOnActivate.list(consultationList, meeting -> openConsultation(meeting.consultationId()));
        // Back from a consultation started here shows it in the list.
        page.getProperties().put(PageStack.REFRESH, (Runnable) this::reload);
        reload();
    }

    private void reload() {
        window.background().run(() -> new Page(context.personService().fields(personId).orElseThrow(),
                context.personService().links(personId), context.duplicateService().candidatesFor(personId),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), this::show);
    }

    private void show(Page page) {
        calendar = page.calendar();
        PersonFields p = page.fields();
        fields = p;
        links = page.links();
        nameLabel.setText(((p.titlePrefix() == null ? "" : p.titlePrefix()) + p.firstNameTh() + " "
                + (p.lastNameTh() == null ? "" : p.lastNameTh())).strip());
        prefixBox.getEditor().setText(p.titlePrefix());
        firstNameField.setText(p.firstNameTh());
        lastNameField.setText(p.lastNameTh());
        firstNameEnField.setText(p.firstNameEn());
        lastNameEnField.setText(p.lastNameEn());
        emailField.setText(p.email());
        phoneField.setText(ThaiPhone.display(p.phone()));
        organizationField.setText(p.organizationName());
        positionField.setText(p.position());
        provinceBox.setValue(p.province() == null ? "" : p.province());
        showLinks(page.links());
        duplicates = page.duplicates();
        duplicateLabel.setText(duplicates.isEmpty() ? "" : messages.get("person.duplicates.found", duplicates.size()));
    }

    private void showLinks(PersonLinks links) {
        registrationList.setItems(FXCollections.observableArrayList(links.registrations().stream()
                .map(r -> ThaiDates.shortDate(r.startsAt().toLocalDate(), calendar) + "  " + r.workshopTitle()
                        + "  ·  " + messages.get("registration.status." + r.status())).toList()));
        consultationList.setItems(FXCollections.observableArrayList(links.consultations()));
        roleList.setItems(FXCollections.observableArrayList(links.innovatorRoles().stream()
                .map(r -> r.name() + (r.contact() ? "  ·  " + messages.get("person.role.contact") : "")).toList()));
        needList.setItems(FXCollections.observableArrayList(links.needs().stream()
                .map(n -> ThaiDates.shortDate(n.receivedOn(), calendar) + "  " + n.title()).toList()));
        registrationsTab.setText(messages.get("person.tab.registrations") + " (" + links.registrations().size() + ")");
        consultationsTab.setText(messages.get("person.tab.consultations") + " (" + links.consultations().size() + ")");
        rolesTab.setText(messages.get("person.tab.innovators") + " (" + links.innovatorRoles().size() + ")");
        needsTab.setText(messages.get("person.tab.needs") + " (" + links.needs().size() + ")");
        consentList.setItems(FXCollections.observableArrayList(links.consents().stream()
                .map(c -> ThaiDates.shortDateTime(c.occurredAt(), calendar) + "  "
                        + messages.get("consent.kind." + c.kind()) + ": " + purposes(c.purposes()) + "  ("
                        + c.noticeVersion() + ")").toList()));
        consentList.setPlaceholder(new Label(messages.get("consent.none")));
    }

    private String purposes(String codes) {
        return String.join(", ", java.util.Arrays.stream(codes.split(","))
                .map(code -> PURPOSES.contains(code) ? messages.get("consent.purpose." + code) : code).toList());
    }

    @FXML
    private void save() {
        PersonFields changed = new PersonFields(personId, prefixBox.getEditor().getText(), firstNameField.getText(),
                lastNameField.getText(), firstNameEnField.getText(), lastNameEnField.getText(), emailField.getText(),
                phoneField.getText(), null, organizationField.getText(), positionField.getText(),
                provinceBox.getValue() == null || provinceBox.getValue().isEmpty() ? null : provinceBox.getValue());
        saveButton.setDisable(true);
        window.background().run(() -> context.personService().update(changed), saved -> {
            saveButton.setDisable(false);
            messageLabel.setText(messages.get("person.saved"));
            reload();
        }, error -> {
            saveButton.setDisable(false);
            messageLabel.setText(window.dialogs().describe(error));
        });
    }

    @FXML
    private void giveConsent() {
        consent(true);
    }

    @FXML
    private void withdrawConsent() {
        consent(false);
    }

    private void consent(boolean given) {
        List<String> chosen = purposeBox.getChildren().stream()
                .filter(node -> node instanceof CheckBox box && box.isSelected())
                .map(node -> (String) node.getUserData()).toList();
        LocalDateTime now = Times.toBangkok(Times.nowUtc(context.clock()));
        String notice = noticeField.getText();
        window.background().run(() -> {
            context.personService().recordConsent(personId, given, chosen, notice, now);
            return context.personService().links(personId);
        }, links -> {
            showLinks(links);
            messageLabel.setText(messages.get(given ? "consent.given" : "consent.withdrawn"));
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    /** The warning opens the merge page of the first pair found for this person. */
    private void reviewDuplicates() {
        if (duplicates.isEmpty()) {
            return;
        }
        window.background().run(() -> context.duplicateService().peoplePairs(List.of(duplicates.get(0))),
                pairs -> pages.merge(pairs.get(0)));
    }

    @FXML
    private void newConsultation() {
        Ref person = new Ref(personId, nameLabel.getText());
        Ref organization = fields.organizationId() == null ? null
                : new Ref(fields.organizationId(), fields.organizationName());
        boolean forAnInnovator = !links.innovatorRoles().isEmpty();
        pages.consultation(() -> context.consultationService().draftFromPerson(person, organization, forAnInnovator));
    }

    private void openConsultation(String consultationId) {
        pages.consultation(() -> context.consultationService().draft(consultationId));
    }

    @FXML
    private void back() {
        pages.lists(null);
    }
}
