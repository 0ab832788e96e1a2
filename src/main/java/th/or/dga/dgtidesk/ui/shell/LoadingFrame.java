package th.or.dga.dgtidesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.ui.common.DelayedSpinner;

/**
 * The shell's frame as it looks while the data file opens: the same top bar, navigation and status
 * bar as {@code shell.fxml}, drawn without touching the database, so the window is complete at
 * once and then filled in. Choosing a screen here is remembered and honoured when the file is open.
 */
public final class LoadingFrame {

    private LoadingFrame() {
    }

    /** {@code chosen} hears which screen the user asked for while the file was opening. */
    public static Parent create(Messages messages, String status, java.util.function.Consumer<Screen> chosen) {
        Label brand = new Label("DGTi Desk");
        brand.getStyleClass().add("brand");
        HBox top = new HBox(16, brand);
        top.getStyleClass().add("topbar");

        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        for (Screen screen : Screen.values()) {
            ToggleButton item = navItem(messages.get(screen.labelKey()), screen.icon());
            item.setToggleGroup(group);
            item.setSelected(screen == Screen.OVERVIEW);
            item.setOnAction(event -> chosen.accept(screen));
            nav.getChildren().add(item);
        }

        ProgressIndicator spinner = DelayedSpinner.create(44);
        Label text = new Label(status);
        text.getStyleClass().add("loading-text");
        text.setWrapText(true);
        VBox content = new VBox(18, spinner, text);
        content.setAlignment(Pos.CENTER);
        content.getStyleClass().add("content");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(18, new FontIcon("mdi2d-database-clock-outline"), new Label(status), spacer);
        statusBar.getStyleClass().add("statusbar");

        BorderPane frame = new BorderPane(content, top, null, statusBar, nav);
        frame.getStyleClass().add("shell");
        return frame;
    }

    private static ToggleButton navItem(String text, String icon) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(20);
        ToggleButton item = new ToggleButton(text, graphic);
        item.getStyleClass().add("nav-item");
        item.setMaxWidth(Double.MAX_VALUE);
        return item;
    }
}
