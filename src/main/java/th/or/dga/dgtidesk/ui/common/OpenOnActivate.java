package th.or.dga.dgtidesk.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** "Double-click or Enter opens it": how every list of records opens the one selected. */
public final class OpenOnActivate {

    private OpenOnActivate() {
    }

    public static <T> void list(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(event -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected != null) {
                open.accept(selected);
            }
        });
        list.setOnKeyPressed(event -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                event.consume();
                open.accept(selected);
            }
        });
    }
}
