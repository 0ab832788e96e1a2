package th.or.dga.dgtidesk.ui.matching;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.ui.DeskWindow;

/** Declining or parking a match asks why; other moves need no reason. */
final class ReasonPrompt {

    private ReasonPrompt() {
    }

    /** The reason typed, "" when the move needs none, empty when the user cancelled. */
    static Optional<String> forMove(DeskWindow window, MatchStage to) {
        if (!to.needsReason()) {
            return Optional.of("");
        }
        Messages messages = window.messages();
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(window.stage());
        dialog.setTitle(messages.get("match.stage." + to.code()));
        dialog.setHeaderText(messages.get("pipeline.reasonFor", messages.get("match.stage." + to.code())));
        dialog.getEditor().setId("reasonField");
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }
}
