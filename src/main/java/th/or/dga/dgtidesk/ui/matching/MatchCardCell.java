package th.or.dga.dgtidesk.ui.matching;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.matching.MatchCard;

/** A card on the pipeline board: agency, need, solution and days in stage; it can be dragged to another column. */
final class MatchCardCell extends ListCell<MatchCard> {

    private final Messages messages;

    MatchCardCell(Messages messages) {
        this.messages = messages;
        setOnDragDetected(event -> {
            if (getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().id());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(MatchCard card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        Label agency = new Label(card.agencyName());
        agency.getStyleClass().add("card-agency");
        Label need = new Label(card.needTitle());
        need.setWrapText(true);
        Label solution = new Label(card.solutionName());
        solution.getStyleClass().add("card-solution");
        solution.setWrapText(true);
        Label days = new Label(messages.get("pipeline.daysInStage", card.daysInStage()));
        days.getStyleClass().add("muted");
        VBox box = new VBox(2, agency, need, solution, days);
        box.getStyleClass().add("match-card");
        box.setMaxWidth(Double.MAX_VALUE);
        agency.setWrapText(true);
        setText(null);
        setGraphic(box);
        // A narrow column cuts long names short: the card's whole text is one hover away.
        setTooltip(new Tooltip(card.agencyName() + "\n" + card.needTitle() + "\n" + card.solutionName()));
    }
}
