package th.or.dga.dgtidesk.ui.matching;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.matching.Need;
import th.or.dga.dgtidesk.matching.NeedPriority;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;

/** Recording or editing an agency need: a problem, not a solution. */
public final class NeedFormController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final Need need;
    private final Consumer<Need> onSaved;
    private final Runnable onCancel;

    @FXML private Label titleLabel;
    @FXML private ComboBox<Ref> agencyBox;
    @FXML private ComboBox<Ref> contactBox;
    @FXML private TextField titleField;
    @FXML private TextArea problemArea;
    @FXML private TextArea outcomeArea;
    @FXML private TextField tagsField;
    @FXML private ChoiceBox<NeedPriority> priorityChoice;
    @FXML private DatePicker receivedDate;
    @FXML private CheckBox publicBox;
    @FXML private Label messageLabel;

    /** {@code need} null for a new need. */
    public NeedFormController(DeskWindow window, CenterContext context, Need need, Consumer<Need> onSaved,
            Runnable onCancel) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.need = need;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    private record Choices(List<Ref> agencies, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        titleLabel.setText(messages.get(need == null ? "needForm.new" : "needForm.edit"));
        agencyBox.setConverter(Converters.text(Ref::name));
        contactBox.setConverter(Converters.orNull(messages.get("needForm.noContact"), Ref::name));
        priorityChoice.getItems().setAll(NeedPriority.values());
        priorityChoice.setConverter(Converters.text(p -> messages.get("need.priority." + p.code())));
        priorityChoice.setValue(need == null ? NeedPriority.NORMAL : need.priority());
        agencyBox.valueProperty().addListener((o, old, agency) -> loadContacts(agency, null));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        window.background().run(() -> new Choices(context.needService().agencies(),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), choices -> {
                    BuddhistDatePicker.configure(receivedDate, choices.calendar(), messages);
                    agencyBox.setItems(FXCollections.observableArrayList(choices.agencies()));
                    if (need == null) {
                        receivedDate.setValue(context.consultationService().today());
                    } else {
                        choices.agencies().stream().filter(a -> a.id().equals(need.agencyId())).findFirst()
                                .ifPresent(agencyBox::setValue);
                        loadContacts(agencyBox.getValue(), need.contactPersonId());
                        titleField.setText(need.title());
                        problemArea.setText(need.problemStatement());
                        outcomeArea.setText(need.desiredOutcome());
                        tagsField.setText(String.join(", ", need.tags()));
                        receivedDate.setValue(need.receivedOn());
                        publicBox.setSelected(need.isPublic());
                    }
                });
    }

    private void loadContacts(Ref agency, String selectedId) {
        if (agency == null) {
            contactBox.getItems().clear();
            return;
        }
        window.background().run(() -> context.needService().peopleOf(agency.id()), people -> {
            contactBox.getItems().setAll(people);
            contactBox.getItems().add(0, null);
            people.stream().filter(p -> p.id().equals(selectedId)).findFirst().ifPresent(contactBox::setValue);
        });
    }

    @FXML
    private void save() {
        Ref agency = agencyBox.getValue();
        Ref contact = contactBox.getValue();
        List<String> tags = Arrays.stream(tagsField.getText() == null ? new String[0] : tagsField.getText().split("[,،]"))
                .toList();
        Need draft = new Need(need == null ? null : need.id(), agency == null ? null : agency.id(),
                contact == null ? null : contact.id(), titleField.getText(), problemArea.getText(),
                outcomeArea.getText(), tags, priorityChoice.getValue(), receivedDate.getValue(), publicBox.isSelected(),
                null);
        window.background().run(() -> context.needService().save(draft), onSaved,
                error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }
}
