package th.or.dga.dgtidesk.ui.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.consultation.ActionItemRow;
import th.or.dga.dgtidesk.consultation.Attendance;
import th.or.dga.dgtidesk.consultation.Consultation;
import th.or.dga.dgtidesk.consultation.ConsultationDraft;
import th.or.dga.dgtidesk.consultation.ConsultationKind;
import th.or.dga.dgtidesk.consultation.ConsultationService;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Autosave;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.ui.common.RefPicker;

/**
 * The consultation note: every field change is saved at once (coalesced in the background, and
 * flushed when the page or the data file closes), so nothing typed is lost to a crash or a closed
 * window. Action items are added from the keyboard (type, Enter) and ticked with Space.
 */
public final class ConsultationEditorController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DeskWindow window;
    private final CenterContext context;
    private final ConsultationService service;
    private final Messages messages;
    private final Callable<ConsultationDraft> load;
    private final Runnable back;
    private final Autosave<Snapshot> autosave;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    /** Fixed before the first save, so every save (and every action item) names the same record. */
    private String consultationId;
    private String needId;
    private String matchId;
    private boolean loaded;
    private final List<Ref> organizations = new ArrayList<>();
    private final List<Ref> people = new ArrayList<>();
    /** Who was present as last written (touched only by {@link #write}). */
    private List<String> writtenOrganizations;
    private List<String> writtenPeople;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label savedLabel;
    @FXML private DatePicker heldDate;
    @FXML private TextField heldTime;
    @FXML private ChoiceBox<ConsultationKind> kindChoice;
    @FXML private TextField subjectField;
    @FXML private ComboBox<Staff> consultantBox;
    @FXML private DatePicker followUpDate;
    @FXML private Label linkLabel;
    @FXML private FlowPane organizationChips;
    @FXML private FlowPane peopleChips;
    @FXML private VBox organizationPickerBox;
    @FXML private VBox personPickerBox;
    @FXML private TextArea notesArea;
    @FXML private TextArea recommendationsArea;
    @FXML private TextField itemWhatField;
    @FXML private ComboBox<Staff> itemOwnerBox;
    @FXML private DatePicker itemDueDate;
    @FXML private TableView<ActionItemRow> itemTable;
    @FXML private Label messageLabel;

    /** {@code load} gives the consultation to show (a saved one, or a draft from a need or a match). */
    public ConsultationEditorController(DeskWindow window, CenterContext context, Callable<ConsultationDraft> load,
            Runnable back) {
        this.window = window;
        this.context = context;
        this.service = context.consultationService();
        this.messages = window.messages();
        this.load = load;
        this.back = back;
        this.autosave = new Autosave<>(window.background(), this::write,
                saved -> savedLabel.setText(messages.get("consultation.saved",
                        LocalTime.now(context.clock().withZone(th.or.dga.dgtidesk.common.Times.BANGKOK)).format(TIME))),
                error -> say(window.dialogs().describe(error)));
    }

    /** What is written on each change: the note and who was present. */
    private record Snapshot(Consultation consultation, List<String> organizationIds, List<String> personIds) {
    }

    private record Page(ConsultationDraft draft, List<Staff> staff, CalendarSystem calendar,
            List<ActionItemRow> items) {
    }

    @FXML
    private void initialize() {
        kindChoice.getItems().setAll(ConsultationKind.values());
        kindChoice.setConverter(Converters.text(kind -> messages.get("consultation.kind." + kind.code())));
        consultantBox.setConverter(Converters.text(Staff::displayName));
        itemOwnerBox.setConverter(Converters.text(Staff::displayName));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        RefPicker organizationPicker = new RefPicker(messages.get("consultation.present.organizationPrompt"),
                window.background(), text -> () -> service.findOrganizations(text, 8), ref -> {
                    add(organizations, ref);
                    showChips();
                    changed();
                }, messages.get("shell.search.none"));
        organizationPicker.field().setId("organizationField");
        organizationPickerBox.getChildren().setAll(organizationPicker.node());
        RefPicker personPicker = new RefPicker(messages.get("consultation.present.personPrompt"), window.background(),
                text -> () -> context.peopleQueries().search(text, 8).stream()
                        .map(p -> new Ref(p.id(), p.displayName() + (p.organizationNameTh() == null ? ""
                                : " · " + p.organizationNameTh()))).toList(),
                ref -> {
                    add(people, ref);
                    showChips();
                    changed();
                }, messages.get("shell.search.none"));
        personPicker.field().setId("personField");
        personPickerBox.getChildren().setAll(personPicker.node());
        ActionItemTable.configure(itemTable, messages, () -> calendar, false, this::toggleDone, null);
        itemTable.setPlaceholder(new Label(messages.get("items.none")));
        itemWhatField.setOnAction(event -> addItem());
        // Before the data file closes (the window closing included) what is pending is written at once;
        // once the page is gone, it is written in the background and the hook is no longer needed.
        Runnable flush = autosave::flush;
        window.beforeFileCloses(flush);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                window.background().run(() -> {
                    autosave.flush();
                    return flush;
                }, window::forgetBeforeFileCloses);
            }
        });
        window.background().run(() -> {
            ConsultationDraft draft = load.call();
            String id = draft.consultation().id();
            return new Page(draft, context.staffService().all().stream().filter(Staff::active).toList(),
                    CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)),
                    id == null ? List.of() : service.itemRows(id));
        }, this::show);
    }

    private void show(Page page) {
        calendar = page.calendar();
        BuddhistDatePicker.configure(heldDate, calendar, messages);
        BuddhistDatePicker.configure(followUpDate, calendar, messages);
        BuddhistDatePicker.configure(itemDueDate, calendar, messages);
        Consultation c = page.draft().consultation();
        consultationId = c.id() == null ? th.or.dga.dgtidesk.common.Ids.newId() : c.id();
        needId = c.needId();
        matchId = c.matchId();
        consultantBox.setItems(FXCollections.observableArrayList(page.staff()));
        itemOwnerBox.setItems(FXCollections.observableArrayList(page.staff()));
        page.staff().stream().filter(s -> s.id().equals(c.consultantStaffId())).findFirst()
                .ifPresent(consultantBox::setValue);
        context.currentStaff().get().flatMap(me -> page.staff().stream().filter(s -> s.id().equals(me.id()))
                .findFirst()).ifPresent(itemOwnerBox::setValue);
        heldDate.setValue(c.heldAt().toLocalDate());
        heldTime.setText(c.heldAt().toLocalTime().format(TIME));
        kindChoice.setValue(c.kind());
        subjectField.setText(c.subject());
        notesArea.setText(c.notes());
        recommendationsArea.setText(c.recommendations());
        followUpDate.setValue(c.followUpOn());
        linkLabel.setText(needId == null && matchId == null ? messages.get("consultation.link.none")
                : messages.get(matchId != null ? "consultation.link.match" : "consultation.link.need"));
        organizations.addAll(page.draft().attendance().organizations());
        people.addAll(page.draft().attendance().people());
        showChips();
        itemTable.getItems().setAll(page.items());
        titleLabel.setText(c.id() == null ? messages.get("consultation.new") : c.subject());
        loaded = true;
        // Every field saves on change; a draft from a need or a match is saved at once.
        List.<Observable>of(heldTime.textProperty(), subjectField.textProperty(), notesArea.textProperty(),
                recommendationsArea.textProperty()).forEach(p -> p.addListener(o -> changed()));
        List.<Observable>of(heldDate.valueProperty(), followUpDate.valueProperty(), kindChoice.valueProperty(),
                consultantBox.valueProperty()).forEach(p -> p.addListener(o -> changed()));
        if (c.id() == null) {
            changed();
        }
        (c.id() == null && c.subject() == null ? subjectField : notesArea).requestFocus();
    }

    private void changed() {
        if (!loaded) {
            return;
        }
        LocalDate day = heldDate.getValue() == null ? LocalDate.now(context.clock()) : heldDate.getValue();
        LocalTime time;
        try {
            time = ThaiDates.parseTime(heldTime.getText());
        } catch (UserException e) {
            time = LocalTime.of(9, 0);
        }
        // A subject is required to save; until one is typed the kind and date stand in, so no note waits unsaved.
        String subject = subjectField.getText() == null || subjectField.getText().isBlank()
                ? messages.get("consultation.kind." + kindChoice.getValue().code()) + " "
                        + ThaiDates.shortDate(day, calendar)
                : subjectField.getText();
        Staff consultant = consultantBox.getValue();
        autosave.submit(new Snapshot(new Consultation(consultationId, LocalDateTime.of(day, time), kindChoice.getValue(),
                subject, consultant == null ? null : consultant.id(), notesArea.getText(),
                recommendationsArea.getText(), needId, matchId, followUpDate.getValue()),
                organizations.stream().map(Ref::id).toList(), people.stream().map(Ref::id).toList()));
    }

    /** Runs off the JavaFX thread, one write at a time: attendance is written only when it changed. */
    private void write(Snapshot snapshot) {
        service.save(snapshot.consultation());
        if (!snapshot.organizationIds().equals(writtenOrganizations) || !snapshot.personIds().equals(writtenPeople)) {
            service.setAttendance(snapshot.consultation().id(), snapshot.organizationIds(), snapshot.personIds());
            writtenOrganizations = snapshot.organizationIds();
            writtenPeople = snapshot.personIds();
        }
    }

    private static void add(List<Ref> refs, Ref ref) {
        if (refs.stream().noneMatch(r -> r.id().equals(ref.id()))) {
            refs.add(ref);
        }
    }

    /** Present organizations and people as chips; activating a chip (click, Space) removes it. */
    private void showChips() {
        organizationChips.getChildren().setAll(chips(organizations));
        peopleChips.getChildren().setAll(chips(people));
    }

    private List<Node> chips(List<Ref> refs) {
        List<Node> chips = new ArrayList<>();
        for (Ref ref : refs) {
            Button chip = new Button(ref.name() + "  ✕");
            chip.getStyleClass().add("chip");
            chip.setOnAction(event -> {
                refs.remove(ref);
                showChips();
                changed();
            });
            chips.add(chip);
        }
        return chips;
    }

    @FXML
    private void addItem() {
        String what = itemWhatField.getText();
        if (what == null || what.isBlank()) {
            return;
        }
        Staff owner = itemOwnerBox.getValue();
        LocalDate due = itemDueDate.getValue();
        String id = consultationId;
        changed();
        window.background().run(() -> {
            autosave.flush();
            service.addActionItem(id, what, owner == null ? null : owner.id(), null, due);
            return service.itemRows(id);
        }, rows -> {
            itemTable.getItems().setAll(rows);
            itemWhatField.clear();
            itemDueDate.setValue(null);
            itemWhatField.requestFocus();
            say("");
        }, error -> say(window.dialogs().describe(error)));
    }

    private void toggleDone(ActionItemRow row, boolean done) {
        String id = consultationId;
        window.background().run(() -> {
            service.markDone(row.item().id(), done);
            return service.itemRows(id);
        }, rows -> {
            int selected = itemTable.getSelectionModel().getSelectedIndex();
            itemTable.getItems().setAll(rows);
            itemTable.getSelectionModel().select(selected);
        }, error -> say(window.dialogs().describe(error)));
    }

    private void say(String text) {
        messageLabel.setText(text);
    }

    @FXML
    private void goBack() {
        back.run();
    }
}
