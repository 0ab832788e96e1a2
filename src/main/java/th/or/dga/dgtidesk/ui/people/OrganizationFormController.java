package th.or.dga.dgtidesk.ui.people;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.Province;
import th.or.dga.dgtidesk.common.Provinces;
import th.or.dga.dgtidesk.people.Organization;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;

/** The organization form: names, kind, the parent ministry of a government agency, province. */
public final class OrganizationFormController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final Organization organization;

    @FXML private TextField nameThField;
    @FXML private TextField nameEnField;
    @FXML private ChoiceBox<String> kindChoice;
    @FXML private ComboBox<Organization> ministryBox;
    @FXML private ComboBox<String> provinceBox;
    @FXML private Label problemLabel;

    public OrganizationFormController(DeskWindow window, CenterContext context, Organization organization) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.organization = organization;
    }

    @FXML
    private void initialize() {
        kindChoice.setItems(FXCollections.observableArrayList(NewPersonController.ORGANIZATION_KINDS));
        kindChoice.setConverter(Converters.text(kind -> messages.get("organization.kind." + kind)));
        ministryBox.setConverter(Converters.orNull(messages.get("organizations.noMinistry"), Organization::nameTh));
        ministryBox.disableProperty().bind(kindChoice.valueProperty().isNotEqualTo("government_agency"));
        provinceBox.getItems().add("");
        provinceBox.getItems().addAll(Provinces.ALL.stream().map(Province::thaiName).toList());
        nameThField.setText(organization.nameTh());
        nameEnField.setText(organization.nameEn());
        kindChoice.setValue(organization.kind());
        provinceBox.setValue(organization.province() == null ? "" : organization.province());
        window.background().run(() -> context.organizationService().ministries(), this::showMinistries);
    }

    private void showMinistries(List<Organization> ministries) {
        ministryBox.getItems().add(null);
        ministries.stream().filter(m -> !m.id().equals(organization.id())).forEach(ministryBox.getItems()::add);
        ministryBox.getItems().stream().filter(m -> m != null && m.id().equals(organization.parentMinistryId()))
                .findFirst().ifPresent(ministryBox::setValue);
    }

    /** Saves in the background; {@code onSaved} runs once the organization is written. */
    void save(Consumer<Organization> onSaved, Runnable onFailed) {
        Organization ministry = ministryBox.getValue();
        Organization changed = new Organization(organization.id(), nameThField.getText(), nameEnField.getText(),
                kindChoice.getValue(), ministry == null ? null : ministry.id(), null,
                provinceBox.getValue() == null || provinceBox.getValue().isEmpty() ? null : provinceBox.getValue(),
                organization.peopleCount());
        window.background().run(() -> context.organizationService().update(changed), onSaved, error -> {
            problemLabel.setText(window.dialogs().describe(error));
            onFailed.run();
        });
    }
}
