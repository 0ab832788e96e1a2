package th.or.dga.dgtidesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.common.Ref;

/**
 * Finding a record by typing any part of its name: hits appear under the field; Enter picks the
 * first (or the one chosen with ↓), Escape clears. Searches run in the background and only the
 * answer to the latest text is shown.
 */
public final class RefPicker {

    private final TextField field = new TextField();
    private final ListView<Ref> hits = new ListView<>();
    private final VBox box;

    /** {@code search} makes the background work for a text; {@code onPick} gets the chosen record. */
    public RefPicker(String prompt, Background background, Function<String, Callable<List<Ref>>> search,
            Consumer<Ref> onPick, String noneText) {
        field.setPromptText(prompt);
        hits.setPrefHeight(120);
        hits.setPlaceholder(new Label(noneText));
        hits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Ref ref, boolean empty) {
                super.updateItem(ref, empty);
                setText(empty || ref == null ? null : ref.name());
            }
        });
        box = new VBox(4, field, hits);
        showHits(false);
        field.textProperty().addListener((o, old, text) -> {
            if (text == null || text.isBlank()) {
                showHits(false);
                return;
            }
            background.run(search.apply(text), found -> {
                if (text.equals(field.getText())) {
                    hits.setItems(FXCollections.observableArrayList(found));
                    hits.getSelectionModel().selectFirst();
                    showHits(true);
                }
            });
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && hits.isVisible() && !hits.getItems().isEmpty()) {
                pick(hits.getSelectionModel().getSelectedItem(), onPick);
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && hits.isVisible()) {
                hits.requestFocus();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
        hits.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                pick(hits.getSelectionModel().getSelectedItem(), onPick);
                field.requestFocus();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                field.requestFocus();
            }
        });
        hits.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                pick(hits.getSelectionModel().getSelectedItem(), onPick);
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** The field with its hits below, for the layout. */
    public VBox node() {
        return box;
    }

    private void pick(Ref ref, Consumer<Ref> onPick) {
        if (ref != null) {
            onPick.accept(ref);
            field.clear();
        }
    }

    private void showHits(boolean show) {
        hits.setVisible(show);
        hits.setManaged(show);
    }
}
