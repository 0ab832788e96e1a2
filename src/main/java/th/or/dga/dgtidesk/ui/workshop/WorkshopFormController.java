package th.or.dga.dgtidesk.ui.workshop;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;
import th.or.dga.dgtidesk.ui.common.Converters;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopPlan;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * Planning a workshop: new, edit, or "the same workshop next month" (a copy one month later, not
 * saved until the coordinator presses Save). Capacity is set here for a new workshop; on an
 * existing one it changes on the workshop page, where raising it promotes the waiting list.
 */
public final class WorkshopFormController {

    private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    private static final LocalTime DEFAULT_END = LocalTime.of(16, 0);

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final WorkshopPlan initial;
    private final Consumer<String> onSaved;
    private final Runnable onCancel;

    @FXML private Label headingLabel;
    @FXML private TextField codeField;
    @FXML private TextField titleThField;
    @FXML private TextField titleEnField;
    @FXML private ChoiceBox<WorkshopKind> kindChoice;
    @FXML private DatePicker startDate;
    @FXML private TextField startTime;
    @FXML private DatePicker endDate;
    @FXML private TextField endTime;
    @FXML private TextField venueField;
    @FXML private Label capacityLabel;
    @FXML private TextField capacityField;
    @FXML private Label capacityHint;
    @FXML private TextField targetGroupsField;
    @FXML private TextField tagsField;
    @FXML private FlowPane facilitatorBox;
    @FXML private TextArea descriptionField;
    @FXML private Label problemLabel;
    @FXML private Button saveButton;

    /** {@code initial} null for a blank new workshop; a plan whose workshop has no id is saved as new. */
    public WorkshopFormController(DeskWindow window, CenterContext context, WorkshopPlan initial,
            Consumer<String> onSaved, Runnable onCancel) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.initial = initial;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    private boolean editing() {
        return initial != null && initial.workshop().id() != null;
    }

    private record Choices(CalendarSystem calendar, List<Staff> staff) {
    }

    @FXML
    private void initialize() {
        headingLabel.setText(messages.get(editing() ? "form.workshop.editTitle"
                : initial == null ? "form.workshop.newTitle" : "form.workshop.copyTitle"));
        kindChoice.getItems().setAll(WorkshopKind.values());
        kindChoice.setConverter(Converters.text(kind -> messages.get("workshop.kind." + kind.code())));
        capacityField.setDisable(editing());
        capacityHint.setText(editing() ? messages.get("form.workshop.capacity.onPage") : "");
        startDate.valueProperty().addListener((o, old, date) -> {
            // The end date follows the start while it would otherwise fall before it (one-day workshops).
            if (date != null && (endDate.getValue() == null || endDate.getValue().isBefore(date)
                    || endDate.getValue().equals(old))) {
                endDate.setValue(date);
            }
        });
        // Buddhist era until the center's setting arrives, so a date is never shown in the JVM's locale format.
        BuddhistDatePicker.configure(startDate, CalendarSystem.BUDDHIST, messages);
        BuddhistDatePicker.configure(endDate, CalendarSystem.BUDDHIST, messages);
        fill(initial);
        window.background().run(() -> new Choices(
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)),
                context.staffService().all()), this::showChoices);
        javafx.application.Platform.runLater(() -> (editing() ? titleThField : codeField).requestFocus());
    }

    private void showChoices(Choices choices) {
        BuddhistDatePicker.configure(startDate, choices.calendar(), messages);
        BuddhistDatePicker.configure(endDate, choices.calendar(), messages);
        List<String> chosen = initial == null ? List.of() : initial.facilitatorStaffIds();
        for (Staff staff : choices.staff()) {
            if (staff.active() || chosen.contains(staff.id())) {
                CheckBox box = new CheckBox(staff.displayName());
                box.setUserData(staff.id());
                box.setSelected(chosen.contains(staff.id()));
                facilitatorBox.getChildren().add(box);
            }
        }
        // The converter changed: show the dates again in the center's calendar.
        LocalDate start = startDate.getValue();
        LocalDate end = endDate.getValue();
        startDate.setValue(null);
        startDate.setValue(start);
        endDate.setValue(end);
    }

    private void fill(WorkshopPlan plan) {
        if (plan == null) {
            kindChoice.setValue(WorkshopKind.TRAINING);
            startTime.setText(DEFAULT_START.toString());
            endTime.setText(DEFAULT_END.toString());
            return;
        }
        Workshop w = plan.workshop();
        codeField.setText(w.code());
        titleThField.setText(w.titleTh());
        titleEnField.setText(w.titleEn());
        kindChoice.setValue(w.kind());
        startDate.setValue(w.startsAt().toLocalDate());
        startTime.setText(w.startsAt().toLocalTime().toString());
        endDate.setValue(w.endsAt().toLocalDate());
        endTime.setText(w.endsAt().toLocalTime().toString());
        venueField.setText(w.venue());
        capacityField.setText(w.capacity() == null ? "" : String.valueOf(w.capacity()));
        targetGroupsField.setText(w.targetGroups());
        tagsField.setText(String.join(", ", plan.tags()));
        descriptionField.setText(w.description());
    }

    @FXML
    private void save() {
        WorkshopPlan plan;
        try {
            plan = read();
        } catch (UserException e) {
            problemLabel.setText(e.localizedMessage(messages));
            return;
        }
        problemLabel.setText("");
        saveButton.setDisable(true);
        window.background().run(() -> editing() ? context.workshopService().update(plan)
                : context.workshopService().create(plan), saved -> onSaved.accept(saved.id()), error -> {
                    saveButton.setDisable(false);
                    problemLabel.setText(window.dialogs().describe(error));
                });
    }

    /** The form as a plan; a field that cannot be read is named in the message. */
    private WorkshopPlan read() {
        LocalDateTime starts = when(startDate, startTime, null);
        LocalDateTime ends = when(endDate, endTime, starts.toLocalDate());
        Workshop w = new Workshop(editing() ? initial.workshop().id() : null, codeField.getText(),
                titleThField.getText(), titleEnField.getText(), kindChoice.getValue(), starts, ends,
                venueField.getText(), editing() ? initial.workshop().capacity() : capacity(),
                editing() ? initial.workshop().status() : WorkshopStatus.DRAFT, descriptionField.getText(),
                targetGroupsField.getText());
        List<String> tags = tagsField.getText() == null ? List.of()
                : Arrays.stream(tagsField.getText().split("[,;]")).map(String::strip).filter(t -> !t.isEmpty())
                        .toList();
        List<String> facilitators = facilitatorBox.getChildren().stream()
                .filter(node -> node instanceof CheckBox box && box.isSelected())
                .map(node -> (String) node.getUserData()).toList();
        return new WorkshopPlan(w, tags, facilitators);
    }

    /**
     * The picked date and typed time; a date typed but not yet committed by Enter is read too, and
     * an empty end date is the start date (most workshops last a day).
     */
    private LocalDateTime when(DatePicker date, TextField time, LocalDate otherwise) {
        LocalDate day = BuddhistDatePicker.shownDate(date);
        if (day == null) {
            day = otherwise;
        }
        if (day == null) {
            throw new UserException("workshop.timesRequired");
        }
        return day.atTime(ThaiDates.parseTime(time.getText()));
    }

    private Integer capacity() {
        String text = capacityField.getText() == null ? "" : capacityField.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(ThaiDates.toArabicDigits(text));
        } catch (NumberFormatException e) {
            throw new UserException("detail.capacity.notNumber", text);
        }
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }
}
