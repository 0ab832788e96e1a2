package th.or.dga.dgtidesk.ui.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.consultation.ActionItem;
import th.or.dga.dgtidesk.consultation.Consultation;
import th.or.dga.dgtidesk.consultation.ConsultationKind;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;

/**
 * The note editor. Every change is saved at once (the service's save is idempotent, keyed by an id
 * made when the editor opens), one save at a time with the newest text last, so a crash or a closed
 * window loses nothing typed. Action items are added from the keyboard and ticked done in place.
 */
public final class ConsultationEditorController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final String id;
    private final boolean existing;
    private final Runnable back;
    private LocalDate today;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;
    private String consultantId;
    private boolean loaded;
    private boolean saving;
    private boolean dirty;

    @FXML private Label savedLabel;
    @FXML private TextField subjectField;
    @FXML private DatePicker heldDate;
    @FXML private TextField heldTime;
    @FXML private ChoiceBox<ConsultationKind> kindChoice;
    @FXML private TextArea notesArea;
    @FXML private TextArea recommendationsArea;
    @FXML private DatePicker followUpDate;
    @FXML private TextField itemField;
    @FXML private DatePicker itemDue;
    @FXML private ListView<ActionItem> itemList;
    @FXML private Label problemLabel;

    public ConsultationEditorController(DeskWindow window, CenterContext context, String consultationId,
            Runnable back) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.existing = consultationId != null;
        this.id = existing ? consultationId : Ids.newId();
        this.back = back;
    }

    private record Loaded(Consultation consultation, List<ActionItem> items, CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        LocalDateTime now = Times.toBangkok(Times.nowUtc(context.clock()));
        today = now.toLocalDate();
        consultantId = context.currentStaff().idOrNull();
        kindChoice.getItems().setAll(ConsultationKind.values());
        kindChoice.setConverter(Converters.text(kind -> messages.get("consultation.kind." + kind.code())));
        for (DatePicker picker : List.of(heldDate, followUpDate, itemDue)) {
            BuddhistDatePicker.configure(picker, calendar);
        }
        itemList.setCellFactory(list -> new ItemCell());
        itemList.setPlaceholder(new Label(messages.get("consultations.items.none")));
        itemField.setOnAction(event -> addItem());
        window.background().run(() -> new Loaded(existing ? context.consultationService().consultation(id).orElseThrow()
                : new Consultation(id, now.withSecond(0).withNano(0), ConsultationKind.AGENCY_ADVISORY,
                        messages.get("consultations.newSubject", ThaiDates.shortDate(today, CalendarSystem.BUDDHIST)),
                        consultantId, null, null, null, null, null),
                context.consultationService().items(id),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR))), this::show);
    }

    private void show(Loaded page) {
        calendar = page.calendar();
        for (DatePicker picker : List.of(heldDate, followUpDate, itemDue)) {
            BuddhistDatePicker.configure(picker, calendar);
        }
        Consultation c = page.consultation();
        consultantId = c.consultantStaffId();
        subjectField.setText(c.subject());
        heldDate.setValue(c.heldAt().toLocalDate());
        heldTime.setText(c.heldAt().toLocalTime().toString());
        kindChoice.setValue(c.kind());
        notesArea.setText(c.notes());
        recommendationsArea.setText(c.recommendations());
        followUpDate.setValue(c.followUpOn());
        itemList.setItems(FXCollections.observableArrayList(page.items()));
        loaded = true;
        subjectField.textProperty().addListener((o, old, v) -> changed());
        heldDate.valueProperty().addListener((o, old, v) -> changed());
        heldTime.textProperty().addListener((o, old, v) -> changed());
        kindChoice.valueProperty().addListener((o, old, v) -> changed());
        notesArea.textProperty().addListener((o, old, v) -> changed());
        recommendationsArea.textProperty().addListener((o, old, v) -> changed());
        followUpDate.valueProperty().addListener((o, old, v) -> changed());
        if (!existing) {
            changed();
        }
        javafx.application.Platform.runLater(notesArea::requestFocus);
    }

    /** A change is saved at once; while a save runs, the next one waits and takes the newest text. */
    private void changed() {
        if (!loaded) {
            return;
        }
        if (saving) {
            dirty = true;
            return;
        }
        Consultation draft;
        try {
            draft = draft();
        } catch (RuntimeException e) {
            problemLabel.setText(window.dialogs().describe(e));
            return;
        }
        saving = true;
        dirty = false;
        window.background().run(() -> context.consultationService().save(draft), saved -> {
            saving = false;
            problemLabel.setText("");
            savedLabel.setText(messages.get("consultations.saved"));
            if (dirty) {
                changed();
            }
        }, error -> {
            saving = false;
            problemLabel.setText(window.dialogs().describe(error));
        });
    }

    private Consultation draft() {
        LocalDate day = heldDate.getValue() == null ? today : heldDate.getValue();
        LocalDateTime heldAt = day.atTime(ThaiDates.parseTime(heldTime.getText()));
        return new Consultation(id, heldAt, kindChoice.getValue(), subjectField.getText(), consultantId,
                notesArea.getText(), recommendationsArea.getText(), null, null, followUpDate.getValue());
    }

    @FXML
    private void addItem() {
        String what = itemField.getText();
        LocalDate due = itemDue.getValue();
        Consultation draft;
        try {
            draft = draft();
        } catch (RuntimeException e) {
            problemLabel.setText(window.dialogs().describe(e));
            return;
        }
        // The note is saved first: an item belongs to a consultation that exists.
        window.background().run(() -> {
            context.consultationService().save(draft);
            context.consultationService().addActionItem(id, what, consultantId, null, due);
            return context.consultationService().items(id);
        }, items -> {
            itemList.setItems(FXCollections.observableArrayList(items));
            itemField.clear();
            itemDue.setValue(null);
            itemField.requestFocus();
        }, error -> problemLabel.setText(window.dialogs().describe(error)));
    }

    /** An item with its tick box; overdue ones in red with the days overdue. */
    private final class ItemCell extends ListCell<ActionItem> {
        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("overdue-item");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            long late = item.daysOverdue(today);
            CheckBox done = new CheckBox(item.what() + (item.dueOn() == null ? "" : "  ·  "
                    + messages.get("consultations.items.dueOn", ThaiDates.shortDate(item.dueOn(), calendar)))
                    + (late > 0 ? "  ·  " + messages.get("overview.daysOverdue", late) : ""));
            done.setSelected(item.done());
            done.setOnAction(event -> window.background().run(() -> {
                context.consultationService().markDone(item.id(), done.isSelected());
                return context.consultationService().items(id);
            }, items -> itemList.setItems(FXCollections.observableArrayList(items))));
            if (late > 0) {
                getStyleClass().add("overdue-item");
                done.getStyleClass().add("overdue-item");
            }
            setText(null);
            setGraphic(done);
        }
    }

    @FXML
    private void back() {
        back.run();
    }
}
