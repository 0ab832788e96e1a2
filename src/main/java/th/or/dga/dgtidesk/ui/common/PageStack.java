package th.or.dga.dgtidesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * Pages stacked over a screen's home view (a list): opening a record pushes its page, Back
 * returns to the page below as it was — a need, then one of its matches, then a consultation
 * about it, and back step by step.
 */
public final class PageStack {

    /** A page's property holding a Runnable that refreshes it when Back shows it again. */
    public static final String REFRESH = "page.refresh";

    private final StackPane root;
    private final Node home;
    private final Runnable onHome;

    /** {@code onHome} runs when Back reaches the home view again (to refresh what the pages changed). */
    public PageStack(StackPane root, Node home, Runnable onHome) {
        this.root = root;
        this.home = home;
        this.onHome = onHome;
    }

    public void push(Parent page) {
        top().setVisible(false);
        root.getChildren().add(page);
    }

    /** Back one page; the page below is shown and refreshed (what the page above changed shows). */
    public void back() {
        if (root.getChildren().size() <= 1) {
            return;
        }
        root.getChildren().remove(root.getChildren().size() - 1);
        Node below = top();
        below.setVisible(true);
        if (below == home) {
            onHome.run();
        } else if (below.getProperties().get(REFRESH) instanceof Runnable refresh) {
            refresh.run();
        }
        below.requestFocus();
    }

    /** Straight back to the home view, without its refresh: the caller says what to show there. */
    public void home() {
        root.getChildren().retainAll(home);
        home.setVisible(true);
    }

    private Node top() {
        return root.getChildren().get(root.getChildren().size() - 1);
    }
}
