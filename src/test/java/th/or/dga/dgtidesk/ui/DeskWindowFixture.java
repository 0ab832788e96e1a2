package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.ui.common.Background;
import th.or.dga.dgtidesk.ui.common.DeskPreferences;
import th.or.dga.dgtidesk.ui.settings.DeskTheme;

/**
 * The real window on a test's data file, for TestFX flows: opened as the application opens it
 * (Thai, the test clock), and closed only once its background work is quiet.
 */
public final class DeskWindowFixture {

    private final Stage stage;
    private final Path folder;
    private ExecutorService executor;
    private DeskWindow window;

    public DeskWindowFixture(Stage stage, Path folder) {
        this.stage = stage;
        this.folder = folder;
    }

    /** What the application does before its first window: the bundled fonts and the light theme. */
    public static void prepareToolkit() {
        DesktopApp.loadFonts();
        DeskTheme.apply("light");
    }

    public DeskWindow open() throws Exception {
        return open(window -> { });
    }

    /** Opens the window on the test's data file; {@code before} runs first (a test's own file picker). */
    public DeskWindow open(Consumer<DeskWindow> before) throws Exception {
        executor = DesktopApp.newExecutor();
        WaitForAsyncUtils.asyncFx(() -> {
            window = new DeskWindow(stage, new Background(executor, Throwable::printStackTrace),
                    new DeskPreferences(folder.resolve("desk.properties")), Messages.ofLanguage("th"),
                    TestCenters.CLOCK);
            before.accept(window);
            window.start(TestCenters.dataFile(folder));
        }).get(10, TimeUnit.SECONDS);
        return window;
    }

    /** Closes the window (releasing the data file); closing twice is harmless. */
    public void close() throws Exception {
        if (window == null || !stage.isShowing()) {
            return;
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.background().busy().get());
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
        executor.shutdownNow();
    }

    /** The node once it is in a scene and visible (the loading frame draws look-alikes first). */
    public static <T extends Node> T showing(FxRobot robot, String query, Class<T> type) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query)
                .match(n -> n.getScene() != null && n.isVisible()).tryQueryAs(type).isPresent());
        return robot.lookup(query).match(n -> n.getScene() != null && n.isVisible()).queryAs(type);
    }
}
