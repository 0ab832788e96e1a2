package th.or.dga.dgtidesk.ui.consultation;

import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.consultation.ActionItemRow;

/**
 * The columns every action-item table shares: a done box (Space ticks the selected row), what,
 * owner, due date, and the state — overdue rows in red with their days overdue.
 */
final class ActionItemTable {

    static final String OVERDUE = "overdue-row";

    private ActionItemTable() {
    }

    /**
     * {@code withSubject}: show the consultation's subject (the views across consultations);
     * {@code onDone} ticks or un-ticks an item; {@code onOpen} opens its consultation (may be null).
     */
    static void configure(TableView<ActionItemRow> table, Messages messages, java.util.function.Supplier<CalendarSystem> calendar,
            boolean withSubject, DoneToggle onDone, Consumer<ActionItemRow> onOpen) {
        TableColumn<ActionItemRow, ActionItemRow> done = new TableColumn<>(messages.get("items.column.done"));
        done.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        done.setCellFactory(column -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(ActionItemRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(row.item().done());
                box.setOnAction(event -> onDone.toggle(row, box.isSelected()));
                setGraphic(box);
            }
        });
        done.setPrefWidth(64);
        done.setSortable(false);
        TableColumn<ActionItemRow, String> what = text(messages.get("items.column.what"), 320,
                row -> row.item().what());
        TableColumn<ActionItemRow, String> owner = text(messages.get("items.column.owner"), 170, ActionItemRow::ownerName);
        TableColumn<ActionItemRow, String> due = text(messages.get("items.column.due"), 120, row ->
                row.item().dueOn() == null ? "" : ThaiDates.shortDate(row.item().dueOn(), calendar.get()));
        TableColumn<ActionItemRow, String> state = text(messages.get("items.column.state"), 170, row ->
                row.item().done() ? messages.get("items.state.done",
                        ThaiDates.shortDate(Times.toBangkok(row.item().doneAt()).toLocalDate(), calendar.get()))
                        : row.overdue() ? messages.get("items.state.overdue", row.daysOverdue())
                        : messages.get("items.state.open"));
        table.getColumns().add(done);
        table.getColumns().add(what);
        if (withSubject) {
            table.getColumns().add(text(messages.get("items.column.consultation"), 260,
                    ActionItemRow::consultationSubject));
        }
        table.getColumns().add(owner);
        table.getColumns().add(due);
        table.getColumns().add(state);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(view -> {
            TableRow<ActionItemRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ActionItemRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove(OVERDUE);
                    if (!empty && item != null && item.overdue()) {
                        getStyleClass().add(OVERDUE);
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && onOpen != null) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            ActionItemRow selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE) {
                onDone.toggle(selected, !selected.item().done());
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && onOpen != null) {
                onOpen.accept(selected);
                event.consume();
            }
        });
    }

    private static TableColumn<ActionItemRow, String> text(String title, double width,
            java.util.function.Function<ActionItemRow, String> value) {
        TableColumn<ActionItemRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Ticking an item done, or un-ticking it. */
    @FunctionalInterface
    interface DoneToggle {
        void toggle(ActionItemRow row, boolean done);
    }
}
