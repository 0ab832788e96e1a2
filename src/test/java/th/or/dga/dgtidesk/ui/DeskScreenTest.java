package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX flow in the real window on a data file in a temp folder: the window's fixture is made
 * before each test and closed after it, once its background work is quiet.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DeskScreenTest {

    @TempDir
    protected Path folder;

    protected DeskWindowFixture fixture;

    // TestFX calls only a test class's own @Start method, so the base class takes TestFX's stage here.
    @BeforeEach
    void makeFixture() throws Exception {
        fixture = new DeskWindowFixture(FxToolkit.registerPrimaryStage(), folder);
        FxToolkit.setupFixture(DeskWindowFixture::prepareToolkit);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    /** The node once it is in a scene and visible. */
    protected static <T extends Node> T showing(FxRobot robot, String query, Class<T> type) throws Exception {
        return DeskWindowFixture.showing(robot, query, type);
    }

    /** Waits for {@code condition}, at most 30 seconds: never a sleep. */
    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
