package th.or.dga.dgtidesk.ui.roster;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.innovator.RosterRow;

/**
 * One innovator as a card: name, kind and province, status, focus tags, and how many solutions at
 * what readiness. A card is a button, so Tab reaches it and Enter or Space opens the innovator.
 */
final class RosterCard {

    /** Three chips fit one line of a card; more would push the footer out of it. */
    private static final int MAX_TAGS = 3;

    private RosterCard() {
    }

    static Button create(RosterRow row, Messages messages, Runnable open) {
        Label name = new Label(row.name());
        name.getStyleClass().add("roster-card-name");
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label status = new Label(messages.get("roster.status." + row.status().code()));
        status.getStyleClass().addAll("status-badge", "status-" + row.status().code());
        // The status always reads in full; a long name wraps instead.
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, name, status);
        head.setAlignment(Pos.TOP_LEFT);
        String where = messages.get("roster.kind." + row.kind().code())
                + (row.province() == null ? "" : "  ·  " + row.province());
        Label kind = new Label(where);
        kind.getStyleClass().add("muted");
        FlowPane tags = new FlowPane(6, 6);
        row.tags().stream().limit(MAX_TAGS).forEach(tag -> tags.getChildren().add(TagChip.of(tag)));
        if (row.tags().size() > MAX_TAGS) {
            tags.getChildren().add(TagChip.more(row.tags().size() - MAX_TAGS));
        }
        Region fill = new Region();
        VBox.setVgrow(fill, Priority.ALWAYS);
        Label readiness = new Label(row.solutions() == 0 ? messages.get("roster.card.noSolutions")
                : row.highestTrl() == null ? messages.get("roster.card.solutions", row.solutions())
                        : messages.get("roster.card.solutionsTrl", row.solutions(), row.highestTrl()));
        readiness.getStyleClass().add("roster-card-foot");
        VBox body = new VBox(8, head, kind, tags, fill, readiness);
        body.getStyleClass().add("roster-card-body");
        Button card = new Button(null, body);
        card.getStyleClass().add("roster-card");
        card.setUserData(row.id());
        // Thai names have no spaces to wrap at, so a long one is cut short: the tooltip has it whole.
        card.setTooltip(new javafx.scene.control.Tooltip(row.name()));
        card.setOnAction(event -> open.run());
        return card;
    }
}
