package th.or.dga.dgtidesk.ui.workshop;

import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.importing.ImportKind;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.ExportBar;
import th.or.dga.dgtidesk.ui.importing.ImportWizard;
import th.or.dga.dgtidesk.ui.people.NewPersonDialog;
import th.or.dga.dgtidesk.workshop.sheets.WorkshopSheets;
import th.or.dga.dgtidesk.workshop.AlreadyRegisteredException;
import th.or.dga.dgtidesk.workshop.Participant;
import th.or.dga.dgtidesk.workshop.Registration;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.SeatChange;
import th.or.dga.dgtidesk.workshop.WorkshopRow;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * One workshop: its seats at a glance, the participants in Thai order, the waiting list in queue
 * order, registering a person found by any part of a name, e-mail or phone, and cancelling a seat
 * (which says who moved up from the waiting list).
 */
public final class WorkshopDetailController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String workshopId;
    private final WorkshopPages pages;
    private ExportBar exports;
    private List<Participant> allParticipants = List.of();
    private WorkshopRow current;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;

    @FXML private Label titleLabel;
    @FXML private Label detailLabel;
    @FXML private Label seatsLabel;
    @FXML private TextField personField;
    @FXML private ListView<PersonListItem> personResults;
    @FXML private Button registerButton;
    @FXML private TableView<Participant> participantTable;
    @FXML private TableColumn<Participant, String> nameColumn;
    @FXML private TableColumn<Participant, String> organizationColumn;
    @FXML private TableColumn<Participant, String> phoneColumn;
    @FXML private TableColumn<Participant, String> statusColumn;
    @FXML private TableColumn<Participant, String> registeredColumn;
    @FXML private TableColumn<Participant, String> codeColumn;
    @FXML private TableColumn<Participant, String> kindColumn;
    @FXML private TableColumn<Participant, String> emailColumn;
    @FXML private TableColumn<Participant, String> sourceColumn;
    @FXML private TableColumn<Participant, String> checkedInColumn;
    @FXML private ChoiceBox<RegistrationStatus> statusFilter;
    @FXML private HBox exportBox;
    @FXML private Button editButton;
    @FXML private TableView<Participant> waitlistTable;
    @FXML private TableColumn<Participant, String> positionColumn;
    @FXML private TableColumn<Participant, String> waitingNameColumn;
    @FXML private TableColumn<Participant, String> waitingOrganizationColumn;
    @FXML private Label messageLabel;
    @FXML private TextField capacityField;
    @FXML private javafx.scene.layout.HBox statusActions;

    public WorkshopDetailController(DeskWindow window, CenterContext context, String workshopId,
            WorkshopPages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.workshopId = workshopId;
        this.pages = pages;
    }

    private record Page(WorkshopRow row, List<Participant> participants, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().displayName()));
        organizationColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().organizationNameTh()));
        phoneColumn.setCellValueFactory(cell -> new SimpleStringProperty(ThaiPhone.display(cell.getValue().phone())));
        statusColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("registration.status." + cell.getValue().status().code())));
        registeredColumn.setCellValueFactory(cell -> new SimpleStringProperty(time(cell.getValue().registeredAt())));
        codeColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().checkinCode()));
        kindColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().organizationKind() == null
                ? "" : messages.get("organization.kind." + cell.getValue().organizationKind())));
        emailColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().email()));
        sourceColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("registration.source." + cell.getValue().source())));
        checkedInColumn.setCellValueFactory(cell -> new SimpleStringProperty(time(cell.getValue().checkedInAt())));
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED,
                RegistrationStatus.NO_SHOW, RegistrationStatus.CANCELLED);
        statusFilter.setConverter(th.or.dga.dgtidesk.ui.common.Converters.orNull(
                messages.get("workshops.filter.all"), status -> messages.get("registration.status." + status.code())));
        statusFilter.valueProperty().addListener((o, old, status) -> showParticipants());
        exports = window.exportBar(exportBox);
        // The message line takes room only when it says something.
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        exportBox.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(exportBox.getChildren()));
        positionColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                String.valueOf(cell.getValue().waitlistPosition())));
        waitingNameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().displayName()));
        waitingOrganizationColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                cell.getValue().organizationNameTh()));
        personResults.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonListItem person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.displayName()
                        + (person.organizationNameTh() == null ? "" : "  ·  " + person.organizationNameTh()));
            }
        });
        personField.textProperty().addListener((o, old, text) -> findPeople(text));
        showResults(false);
        registerButton.disableProperty().bind(personResults.getSelectionModel().selectedItemProperty().isNull());
        reload();
    }


    private String time(LocalDateTime utc) {
        return utc == null ? "" : ThaiDates.shortDateTime(th.or.dga.dgtidesk.common.Times.toBangkok(utc), calendar);
    }

    private void reload() {
        window.background().run(() -> new Page(context.workshopQueries().row(workshopId).orElseThrow(),
                context.participantQueries().participants(workshopId),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), this::show);
    }

    private void show(Page page) {
        calendar = page.calendar();
        WorkshopRow row = page.row();
        current = row;
        editButton.setDisable(row.status() == WorkshopStatus.COMPLETED || row.status() == WorkshopStatus.CANCELLED);
        titleLabel.setText(row.titleTh());
        detailLabel.setText(row.code() + "  ·  " + messages.get("workshop.kind." + row.kind().code()) + "  ·  "
                + ThaiDates.shortDateTime(row.startsAt(), calendar) + "  ·  "
                + messages.get("workshop.status." + row.status().code()));
        seatsLabel.setText(row.capacity() == null ? messages.get("workshops.seatsUnlimited", row.seatsTaken())
                : messages.get("workshops.seats", row.seatsTaken(), row.capacity())
                        + "  ·  " + messages.get("workshops.waiting", row.waiting()));
        capacityField.setText(row.capacity() == null ? "" : String.valueOf(row.capacity()));
        statusActions.getChildren().clear();
        for (WorkshopStatus next : row.status().next()) {
            Button action = new Button(messages.get("detail.status.to." + actionKey(row.status(), next)));
            action.setOnAction(event -> changeStatus(row, next));
            statusActions.getChildren().add(action);
        }
        allParticipants = page.participants();
        showParticipants();
        waitlistTable.setItems(FXCollections.observableArrayList(page.participants().stream()
                .filter(p -> p.status() == RegistrationStatus.WAITLISTED)
                .sorted(java.util.Comparator.comparing(Participant::waitlistPosition)).toList()));
    }

    /** The participant tab: everyone but the waiting list (which has its own tab), by the status filter. */
    private void showParticipants() {
        RegistrationStatus status = statusFilter.getValue();
        participantTable.setItems(FXCollections.observableArrayList(allParticipants.stream()
                .filter(p -> p.status() != RegistrationStatus.WAITLISTED)
                .filter(p -> status == null || p.status() == status).toList()));
    }

    private void findPeople(String text) {
        if (text == null || text.isBlank()) {
            personResults.getItems().clear();
            showResults(false);
            return;
        }
        window.background().run(() -> context.peopleQueries().search(text, 8), people -> {
            if (text.equals(personField.getText())) {
                personResults.setItems(FXCollections.observableArrayList(people));
                personResults.setPlaceholder(new Label(messages.get("shell.search.none")));
                showResults(true);
                if (!people.isEmpty()) {
                    personResults.getSelectionModel().selectFirst();
                }
            }
        });
    }

    private void showResults(boolean show) {
        personResults.setVisible(show);
        personResults.setManaged(show);
    }

    @FXML
    private void register() {
        PersonListItem person = personResults.getSelectionModel().getSelectedItem();
        if (person != null) {
            register(person);
        }
    }

    /** An online-form export or an old list, through the import wizard; the page reloads after it. */
    @FXML
    private void importRegistrations() {
        ImportWizard.show(window, context, ImportKind.REGISTRATIONS, workshopId,
                current == null ? "" : current.code() + " " + current.titleTh(), this::reload);
    }

    /** Nobody fits: a new person from what was typed, with the duplicate warning, then registered. */
    @FXML
    private void newPerson() {
        NewPersonDialog.show(window, context, personField.getText(), this::register);
    }

    private void register(PersonListItem person) {
        window.background().run(() -> context.registrationService().register(workshopId, person.id(),
                RegistrationSource.MANUAL), registration -> {
                    say(registration.status() == RegistrationStatus.WAITLISTED
                            ? messages.get("detail.registered.waitlisted", person.displayName(),
                                    registration.waitlistPosition())
                            : messages.get("detail.registered.seat", person.displayName()));
                    personField.clear();
                    reload();
                }, error -> say(error instanceof AlreadyRegisteredException already
                        ? messages.get("detail.registered.already", person.displayName(),
                                messages.get("registration.status." + already.existing().status().code()))
                        : window.dialogs().describe(error)));
    }

    @FXML
    private void cancelSelected() {
        Participant selected = participantTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            selected = waitlistTable.getSelectionModel().getSelectedItem();
        }
        if (selected == null) {
            say(messages.get("detail.cancel.pick"));
            return;
        }
        Participant chosen = selected;
        java.util.Map<String, String> waitingNames = new java.util.HashMap<>();
        waitlistTable.getItems().forEach(p -> waitingNames.put(p.personId(), p.displayName()));
        window.background().run(() -> context.registrationService().cancel(chosen.registrationId()), change -> {
            say(promotedMessage(chosen, change, waitingNames));
            reload();
        }, error -> say(window.dialogs().describe(error)));
    }

    /** "Cancelled X. Moved up from the waiting list: Y." — the coordinator sees who got the seat. */
    private String promotedMessage(Participant cancelled, SeatChange change, java.util.Map<String, String> names) {
        String text = messages.get("detail.cancelled", cancelled.displayName());
        if (change.promoted().isEmpty()) {
            return text;
        }
        String promoted = String.join(", ", change.promoted().stream().map(Registration::personId)
                .map(id -> names.getOrDefault(id, id)).toList());
        return text + " " + messages.get("detail.promoted", promoted);
    }

    /** "closed" after "completed" is the admin's re-open; every other move is named by where it goes. */
    private static String actionKey(WorkshopStatus from, WorkshopStatus to) {
        return from == WorkshopStatus.COMPLETED ? "reopen" : to.code();
    }

    private void changeStatus(WorkshopRow row, WorkshopStatus to) {
        if ((to == WorkshopStatus.CANCELLED || to == WorkshopStatus.COMPLETED)
                && !window.dialogs().confirm(messages.get("detail.status.to." + to.code()),
                        messages.get("detail.status.confirm." + to.code(), row.titleTh()),
                        messages.get("detail.status.to." + to.code()))) {
            return;
        }
        window.background().run(() -> {
            if (to == WorkshopStatus.COMPLETED) {
                return messages.get("detail.status.completed", context.registrationService().complete(workshopId));
            }
            if (row.status() == WorkshopStatus.COMPLETED) {
                return messages.get("detail.status.reopened", context.registrationService().reopen(workshopId));
            }
            context.workshopService().changeStatus(workshopId, to);
            return messages.get("detail.status.changed", messages.get("workshop.status." + to.code()));
        }, text -> {
            say(text);
            reload();
        }, error -> say(window.dialogs().describe(error)));
    }

    @FXML
    private void changeCapacity() {
        String text = capacityField.getText() == null ? "" : capacityField.getText().strip();
        Integer capacity;
        try {
            capacity = text.isEmpty() ? null : Integer.valueOf(ThaiDates.toArabicDigits(text));
        } catch (NumberFormatException e) {
            say(messages.get("detail.capacity.notNumber", text));
            return;
        }
        java.util.Map<String, String> waitingNames = new java.util.HashMap<>();
        waitlistTable.getItems().forEach(p -> waitingNames.put(p.personId(), p.displayName()));
        window.background().run(() -> context.registrationService().changeCapacity(workshopId, capacity), change -> {
            String said = messages.get("detail.capacity.changed");
            if (!change.promoted().isEmpty()) {
                said += " " + messages.get("detail.promoted", String.join(", ", change.promoted().stream()
                        .map(Registration::personId).map(id -> waitingNames.getOrDefault(id, id)).toList()));
            }
            say(said);
            reload();
        }, error -> say(window.dialogs().describe(error)));
    }

    @FXML
    private void goBack() {
        pages.list();
    }

    @FXML
    private void edit() {
        window.background().run(() -> context.workshopService().plan(workshopId),
                plan -> pages.form(plan, workshopId));
    }

    @FXML
    private void copyNextMonth() {
        window.background().run(() -> context.workshopService().nextMonthCopy(workshopId),
                plan -> pages.form(plan, workshopId));
    }

    @FXML
    private void signInSheet() {
        export(WorkshopSheets.Kind.SIGN_IN_SHEET, "export.signInSheet", "Excel", "*.xlsx");
    }

    @FXML
    private void participantsXlsx() {
        export(WorkshopSheets.Kind.PARTICIPANTS_XLSX, "export.participants", "Excel", "*.xlsx");
    }

    @FXML
    private void participantsCsv() {
        export(WorkshopSheets.Kind.PARTICIPANTS_CSV, "export.participants", "CSV (UTF-8)", "*.csv");
    }

    private void export(WorkshopSheets.Kind kind, String titleKey, String filterName, String pattern) {
        if (current == null) {
            return;
        }
        exports.export(kind.name(), messages.get(titleKey), kind.suggestedFileName(current.code()),
                new FileChooser.ExtensionFilter(filterName, pattern),
                (target, progress) -> context.workshopSheets().write(kind, workshopId, target, messages, progress));
    }

    private void say(String text) {
        messageLabel.setText(text);
    }
}
