package th.or.dga.dgtidesk.ui.roster;

import javafx.scene.control.Label;

/** A tag shown as a small rounded label. */
final class TagChip {

    private TagChip() {
    }

    static Label of(String tag) {
        Label chip = new Label(tag);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    /** "+3": the tags a card has no room for. */
    static Label more(int hidden) {
        Label chip = new Label("+" + hidden);
        chip.getStyleClass().addAll("tag-chip", "tag-chip-more");
        return chip;
    }
}
