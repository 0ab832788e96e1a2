package th.or.dga.dgtidesk.ui.checkin;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.people.NewPersonDialog;
import th.or.dga.dgtidesk.workshop.AlreadyCheckedInException;
import th.or.dga.dgtidesk.workshop.Participant;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.WorkshopRow;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * The laptop at the door: one big field that keeps the focus, a typed name/phone/e-mail or a
 * scanned code, Enter checks in when exactly one person matches, otherwise the few matches are
 * picked with the arrow keys; a running count and the last check-ins with Undo.
 */
public final class CheckinController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;

    @FXML private ChoiceBox<WorkshopRow> workshopChoice;
    @FXML private TextField entryField;
    @FXML private ListView<Participant> matchList;
    @FXML private Label noticeLabel;
    @FXML private Label countLabel;
    @FXML private ListView<Participant> recentList;
    @FXML private VBox walkInBox;
    @FXML private ListView<PersonListItem> walkInList;

    public CheckinController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    @FXML
    private void initialize() {
        workshopChoice.setConverter(Converters.text(row -> row.code() + "  " + row.titleTh()));
        workshopChoice.valueProperty().addListener((o, old, row) -> {
            recentList.getItems().clear();
            refreshCount();
            focusEntry();
        });
        matchList.setCellFactory(list -> participantCell(false));
        walkInList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonListItem person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.displayName()
                        + (person.organizationNameTh() == null ? "" : "  ·  " + person.organizationNameTh()));
            }
        });
        walkInList.setOnKeyPressed(event -> {
            PersonListItem person = walkInList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && person != null) {
                walkIn(person, false);
            } else if (event.getCode() == KeyCode.ESCAPE) {
                focusEntry();
            }
        });
        hideWalkIn();
        recentList.setCellFactory(list -> participantCell(true));
        entryField.setOnAction(event -> lookUp(entryField.getText()));
        // The big field has the focus as soon as the screen shows: a scanner can type at once.
        entryField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(this::focusEntry);
            }
        });
        entryField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !matchList.getItems().isEmpty()) {
                matchList.requestFocus();
                matchList.getSelectionModel().selectFirst();
            } else if (event.getCode() == KeyCode.DOWN && walkInBox.isVisible() && !walkInList.getItems().isEmpty()) {
                walkInList.requestFocus();
                walkInList.getSelectionModel().selectFirst();
            }
        });
        // Typing again starts a new look-up: the walk-in offer belonged to the previous text.
        entryField.textProperty().addListener((o, old, text) -> hideWalkIn());
        matchList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && matchList.getSelectionModel().getSelectedItem() != null) {
                checkIn(matchList.getSelectionModel().getSelectedItem(), false);
            } else if (event.getCode() == KeyCode.ESCAPE) {
                focusEntry();
            }
        });
        window.background().run(() -> context.workshopQueries().list(null, null).stream()
                .filter(w -> w.status() == WorkshopStatus.OPEN || w.status() == WorkshopStatus.CLOSED)
                .sorted(Comparator.comparing(WorkshopRow::startsAt)).toList(), this::showWorkshops);
    }

    /** Today's workshop by default: the first one starting today or later, else the latest. */
    private void showWorkshops(List<WorkshopRow> workshops) {
        workshopChoice.setItems(FXCollections.observableArrayList(workshops));
        LocalDate today = th.or.dga.dgtidesk.common.Times.toBangkok(
                th.or.dga.dgtidesk.common.Times.nowUtc(context.clock())).toLocalDate();
        workshops.stream().filter(w -> !w.startsAt().toLocalDate().isBefore(today)).findFirst()
                .or(() -> workshops.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(workshops.get(workshops.size() - 1)))
                .ifPresent(workshopChoice::setValue);
        if (workshops.isEmpty()) {
            notice(messages.get("checkin.noWorkshop"));
        }
    }

    private void lookUp(String typed) {
        WorkshopRow workshop = workshopChoice.getValue();
        if (workshop == null || typed == null || typed.isBlank()) {
            return;
        }
        window.background().run(() -> context.participantQueries().checkinMatches(workshop.id(), typed), matches -> {
            matchList.setItems(FXCollections.observableArrayList(matches));
            if (matches.size() == 1) {
                checkIn(matches.get(0), false);
            } else if (matches.isEmpty()) {
                notice(messages.get("checkin.notFound", typed.strip()));
                offerWalkIn(typed);
            } else {
                notice(messages.get("checkin.pick", matches.size()));
            }
        });
    }

    private void checkIn(Participant participant, boolean waitlistedConfirmed) {
        window.background().run(() -> context.registrationService().checkIn(participant.registrationId(),
                waitlistedConfirmed), registration -> {
                    notice(messages.get("checkin.done", participant.displayName()));
                    recentList.getItems().add(0, participant);
                    matchList.getItems().clear();
                    entryField.clear();
                    refreshCount();
                    focusEntry();
                }, error -> {
                    if (error instanceof AlreadyCheckedInException) {
                        notice(participant.displayName() + ": " + window.dialogs().describe(error));
                    } else if (error instanceof UserException user
                            && "checkin.waitlistedConfirm".equals(user.messageKey())
                            && window.dialogs().confirm(messages.get("checkin.title"),
                                    participant.displayName() + "\n" + user.localizedMessage(messages),
                                    messages.get("checkin.anyway"))) {
                        checkIn(participant, true);
                        return;
                    } else {
                        notice(window.dialogs().describe(error));
                    }
                    entryField.selectAll();
                    focusEntry();
                });
    }

    /** Not on the list: people who fit what was typed can come in as walk-ins, or a new person. */
    private void offerWalkIn(String typed) {
        window.background().run(() -> context.peopleQueries().search(typed, 6), people -> {
            if (typed.equals(entryField.getText())) {
                showWalkIn(people);
            }
        });
    }

    /** The walk-in offer: people who fit (if any) and the "new person" button. */
    private void showWalkIn(List<PersonListItem> people) {
        walkInList.setItems(FXCollections.observableArrayList(people));
        walkInList.setVisible(!people.isEmpty());
        walkInList.setManaged(!people.isEmpty());
        walkInBox.setVisible(true);
        walkInBox.setManaged(true);
    }

    private void hideWalkIn() {
        walkInList.getItems().clear();
        walkInBox.setVisible(false);
        walkInBox.setManaged(false);
    }

    @FXML
    private void newWalkIn() {
        NewPersonDialog.show(window, context, entryField.getText(), person -> walkIn(person, false));
    }

    /** Registers and checks in at once; past capacity only after the coordinator says yes. */
    private void walkIn(PersonListItem person, boolean overCapacityConfirmed) {
        WorkshopRow workshop = workshopChoice.getValue();
        if (workshop == null) {
            return;
        }
        window.background().run(() -> {
            var registration = context.registrationService().walkIn(workshop.id(), person.id(), overCapacityConfirmed);
            return context.participantQueries().participant(registration.id()).orElseThrow();
        }, participant -> {
            notice(messages.get("checkin.walkInDone", participant.displayName()));
            recentList.getItems().add(0, participant);
            entryField.clear();
            hideWalkIn();
            refreshCount();
            focusEntry();
        }, error -> {
            if (error instanceof UserException user && "registration.walkInFull".equals(user.messageKey())
                    && window.dialogs().confirm(messages.get("checkin.title"),
                            person.displayName() + "\n" + user.localizedMessage(messages),
                            messages.get("checkin.walkInAnyway"))) {
                walkIn(person, true);
                return;
            }
            if (!(error instanceof UserException user && "registration.walkInFull".equals(user.messageKey()))) {
                notice(window.dialogs().describe(error));
            }
            focusEntry();
        });
    }

    private void undo(Participant participant) {
        window.background().run(() -> context.registrationService().undoCheckIn(participant.registrationId()),
                registration -> {
                    recentList.getItems().remove(participant);
                    notice(messages.get("checkin.undone", participant.displayName()));
                    refreshCount();
                    focusEntry();
                });
    }

    private void refreshCount() {
        WorkshopRow workshop = workshopChoice.getValue();
        if (workshop == null) {
            return;
        }
        window.background().run(() -> context.participantQueries().participants(workshop.id()), participants -> {
            long in = participants.stream().filter(p -> p.status() == RegistrationStatus.ATTENDED).count();
            long registered = participants.stream().filter(p -> p.status().holdsSeat()).count();
            countLabel.setText(workshop.capacity() == null ? messages.get("checkin.countUnlimited", in, registered)
                    : messages.get("checkin.count", in, registered, workshop.capacity()));
        });
    }

    private ListCell<Participant> participantCell(boolean withUndo) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Participant participant, boolean empty) {
                super.updateItem(participant, empty);
                if (empty || participant == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String text = participant.displayName() + (participant.organizationNameTh() == null ? ""
                        : "  ·  " + participant.organizationNameTh()) + "  ·  " + participant.checkinCode();
                if (!withUndo) {
                    setText(text + "  ·  " + messages.get("registration.status." + participant.status().code()));
                    return;
                }
                Label label = new Label(text);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button undo = new Button(messages.get("checkin.undo"));
                undo.setOnAction(event -> undo(participant));
                setText(null);
                HBox row = new HBox(12, label, spacer, undo);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(row);
            }
        };
    }


    private void notice(String text) {
        noticeLabel.setText(text);
    }

    private void focusEntry() {
        entryField.requestFocus();
    }
}
