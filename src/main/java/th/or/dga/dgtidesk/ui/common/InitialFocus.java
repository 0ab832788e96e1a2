package th.or.dga.dgtidesk.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Puts the caret in a page's first field once the page is on screen. Asking while the page is
 * still being built loses to the scene, which moves focus away from the button that was removed
 * with the previous page (and then the user types into the wrong field).
 */
public final class InitialFocus {

    private InitialFocus() {
    }

    public static void on(Node node) {
        node.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                Platform.runLater(node::requestFocus);
            }
        });
    }
}
