package th.or.dga.dgtidesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;

/**
 * Suggestions under a text field as the user types, looked up in the background: Down enters the
 * list, Enter or a click picks, Escape closes. The field keeps whatever was typed when nothing is
 * picked, so a new value (a new tag, a new organization) is always possible.
 */
public final class TypeAhead<T> {

    private final TextField field;
    private final Background background;
    private final Function<String, Callable<List<T>>> lookup;
    private final Function<String, String> query;
    private final Consumer<T> onPick;
    private final ListView<T> list = new ListView<>();
    private final Popup popup = new Popup();
    /** Set while a pick writes the field, so the write does not look up again. */
    private boolean picking;

    /**
     * {@code query} takes the part of the field's text to look up (the last tag of a list, say);
     * {@code lookup} makes the background work for it; {@code label} shows a suggestion.
     */
    public TypeAhead(TextField field, Background background, Function<String, String> query,
            Function<String, Callable<List<T>>> lookup, Function<T, String> label, Consumer<T> onPick) {
        this.field = field;
        this.background = background;
        this.query = query;
        this.lookup = lookup;
        this.onPick = onPick;
        list.getStyleClass().add("type-ahead-list");
        list.setPrefHeight(220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        field.textProperty().addListener((o, old, text) -> {
            if (!picking && field.isFocused()) {
                lookUp(text);
            }
        });
        field.focusedProperty().addListener((o, old, focused) -> {
            if (!focused && !list.isFocused()) {
                popup.hide();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && popup.isShowing() && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
                popup.hide();
                event.consume();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                pick(list.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        list.setOnMouseClicked(event -> pick(list.getSelectionModel().getSelectedItem()));
    }

    /** Tags typed as "AI, IoT, sm": the last one, being typed, is looked up. */
    public static String lastOfList(String text) {
        String[] parts = text == null ? new String[0] : text.split("[,;]", -1);
        return parts.length == 0 ? "" : parts[parts.length - 1].strip();
    }

    /** The field's text with its last listed tag replaced by {@code chosen}, ready for the next one. */
    public static String replaceLastOfList(String text, String chosen) {
        String current = text == null ? "" : text;
        int cut = Math.max(current.lastIndexOf(','), current.lastIndexOf(';'));
        return (cut < 0 ? "" : current.substring(0, cut + 1) + " ") + chosen + ", ";
    }

    /** Writes the field without looking up again (after a pick, or when a form is filled). */
    public void setTextQuietly(String text) {
        picking = true;
        try {
            field.setText(text);
            field.positionCaret(text == null ? 0 : text.length());
        } finally {
            picking = false;
        }
    }

    private void pick(T item) {
        if (item == null) {
            return;
        }
        popup.hide();
        picking = true;
        try {
            onPick.accept(item);
        } finally {
            picking = false;
        }
        field.requestFocus();
        field.positionCaret(field.getText() == null ? 0 : field.getText().length());
    }

    private void lookUp(String text) {
        String wanted = query.apply(text == null ? "" : text);
        if (wanted.isBlank()) {
            popup.hide();
            return;
        }
        background.run(lookup.apply(wanted), found -> {
            // Only the answer to what the field still says is shown.
            if (!wanted.equals(query.apply(field.getText() == null ? "" : field.getText()))) {
                return;
            }
            list.setItems(FXCollections.observableArrayList(found));
            if (found.isEmpty()) {
                popup.hide();
            } else {
                show();
            }
        });
    }

    private void show() {
        if (!popup.isShowing() && field.getScene() != null && field.isFocused()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            list.setPrefWidth(Math.max(bounds.getWidth(), 320));
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }
}
