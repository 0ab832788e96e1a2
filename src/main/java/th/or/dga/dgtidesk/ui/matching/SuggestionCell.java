package th.or.dga.dgtidesk.ui.matching;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.matching.ScorePart;
import th.or.dga.dgtidesk.matching.Suggestion;

/** A suggestion with its score and the reasons that make it up, one line each with its points. */
final class SuggestionCell extends ListCell<Suggestion> {

    private final Messages messages;

    SuggestionCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(Suggestion suggestion, boolean empty) {
        super.updateItem(suggestion, empty);
        if (empty || suggestion == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(suggestion.solutionName());
        name.getStyleClass().add("suggestion-name");
        Label innovator = new Label(suggestion.innovatorName());
        innovator.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar(suggestion.score() / 100.0);
        bar.setPrefWidth(90);
        Label score = new Label(messages.get("suggestion.score", suggestion.score()));
        score.getStyleClass().add("suggestion-score");
        name.setMinWidth(0);
        innovator.setMinWidth(0);
        bar.setMinWidth(90);
        score.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(10, name, innovator, gap, bar, score);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // As wide as the list, never wider: long names are cut, the score stays in sight.
        head.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        head.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(2, head);
        for (ScorePart reason : suggestion.reasons()) {
            Label line = new Label(messages.get("suggestion.points", reason.points(), reason.maxPoints()) + "  "
                    + reasonText(reason));
            line.getStyleClass().add("suggestion-reason");
            box.getChildren().add(line);
        }
        setText(null);
        setGraphic(box);
    }

    private String reasonText(ScorePart reason) {
        var details = reason.details();
        return switch (reason.kind()) {
            case TAGS -> messages.get("suggestion.reason.tags", String.join(", ", details));
            case TEXT -> messages.get("suggestion.reason.text", details.get(0));
            case AREA -> messages.get("suggestion.reason.area",
                    messages.get("serviceArea." + details.get(0)), details.get(1));
            case READINESS -> messages.get("suggestion.reason.readiness", details.get(0));
            case TRACK_RECORD -> messages.get("suggestion.reason.trackRecord", details.get(0));
        };
    }
}
