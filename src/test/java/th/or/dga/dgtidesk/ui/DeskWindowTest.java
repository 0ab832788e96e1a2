package th.or.dga.dgtidesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.db.Backups;
import th.or.dga.dgtidesk.db.DataLocations;
import th.or.dga.dgtidesk.ui.common.Background;
import th.or.dga.dgtidesk.ui.common.DeskPreferences;

/** The window from first start to the shell, driven headless with TestFX; waits on conditions, never sleeps. */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {

    @TempDir
    static Path folder;

    private Stage stage;
    private ExecutorService executor;
    private DeskWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopApp.loadFonts();
        th.or.dga.dgtidesk.ui.settings.DeskTheme.apply("light");
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            // Let background work (counts, the daily backup) finish before the data file closes.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.background().busy().get());
        }
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void open(Path dataFile, String language) throws Exception {
        executor = DesktopApp.newExecutor();
        DeskPreferences preferences = new DeskPreferences(dataFile.resolveSibling("desk.properties"));
        WaitForAsyncUtils.asyncFx(() -> {
            window = new DeskWindow(stage, new Background(executor, Throwable::printStackTrace), preferences,
                    Messages.ofLanguage(language), TestCenters.CLOCK);
            window.start(dataFile);
        }).get(10, TimeUnit.SECONDS);
    }

    /** Waits until a node for {@code query} is showing in a window, and returns it. */
    private static <T extends Node> T waitFor(FxRobot robot, String query, Class<T> type) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing(robot, query, type) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return showing(robot, query, type);
    }

    private static <T extends Node> T showing(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).match(node -> node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing() && node.isVisible()).tryQueryAs(type).orElse(null);
    }

    private static void waitForText(FxRobot robot, String query, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Label.class)
                .map(label -> text.equals(label.getText())).orElse(false));
    }

    @Test
    void firstStartOpensTheDemoCenterInTheShell(FxRobot robot) throws Exception {
        Path dataFile = Files.createDirectories(folder.resolve("demo")).resolve("dgti.db");
        open(dataFile, "th");
        robot.clickOn(waitFor(robot, "#demoButton", Button.class));
        waitForText(robot, "#centerLabel", "ศูนย์ DGTi มหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตศรีราชา");
        assertThat(robot.lookup("#overviewNav").queryAs(ToggleButton.class).getText()).isEqualTo("ภาพรวม");
        assertThat(robot.lookup("#settingsNav").queryAs(ToggleButton.class).getText()).isEqualTo("ตั้งค่า");
        // The dashboard: the main KPIs from the KPI module, twelve weeks charted, the pipeline.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".card-caption").queryAll().size()
                >= th.or.dga.dgtidesk.ui.shell.OverviewController.SHOWN.size());
        var thai = th.or.dga.dgtidesk.common.Messages.ofLanguage("th");
        assertThat(robot.lookup(".card-caption").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(th.or.dga.dgtidesk.kpi.Kpi.REGISTRATIONS.displayName(thai),
                        th.or.dga.dgtidesk.kpi.Kpi.ATTENDANCE_RATE.displayName(thai));
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#weeksChart").queryAs(javafx.scene.chart.LineChart.class);
        // The cards and the chart fill in one pulse, which this thread may see half done.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.getData().size() == 2);
        assertThat(chart.getData()).hasSize(2).allSatisfy(series -> assertThat(series.getData()).hasSize(12));

        robot.clickOn(waitFor(robot, "#workshopsNav", ToggleButton.class));
        javafx.scene.control.TableView<?> table = waitFor(robot, "#table", javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<th.or.dga.dgtidesk.workshop.WorkshopStatus> status =
                robot.lookup("#statusChoice").queryAs(javafx.scene.control.ChoiceBox.class);
        // "จัดแล้ว" is also in the table's status cells, so the choice is made on the control itself.
        robot.interact(() -> status.setValue(th.or.dga.dgtidesk.workshop.WorkshopStatus.COMPLETED));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && table.getItems().size() < 40);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(
                ((th.or.dga.dgtidesk.workshop.WorkshopRow) row).status())
                .isEqualTo(th.or.dga.dgtidesk.workshop.WorkshopStatus.COMPLETED));
    }

    @Test
    void firstStartSetsUpACenterWithItsFirstAdmin(FxRobot robot) throws Exception {
        Path dataFile = Files.createDirectories(folder.resolve("setup")).resolve("dgti.db");
        open(dataFile, "th");
        robot.clickOn(waitFor(robot, "#setupButton", Button.class));
        robot.clickOn(waitFor(robot, "#saveButton", Button.class));
        waitForText(robot, "#problemLabel", "กรุณากรอกรหัสศูนย์");
        robot.clickOn(waitFor(robot, "#codeField", Node.class)).write("dgti-cmu");
        robot.clickOn("#nameThField").write("ศูนย์ DGTi มหาวิทยาลัยเชียงใหม่");
        robot.clickOn("#adminNameField").write("สมศรี มีสุข");
        robot.clickOn("#adminUsernameField").write("somsri");
        robot.clickOn("#saveButton");
        waitForText(robot, "#centerLabel", "ศูนย์ DGTi มหาวิทยาลัยเชียงใหม่");
        CenterContext context = window.requireContext();
        assertThat(context.centerService().center().orElseThrow().code()).isEqualTo("DGTI-CMU");
        assertThat(context.currentStaff().require().username()).isEqualTo("somsri");
    }

    @Test
    void aDamagedFileOffersTheNewestGoodBackupAndRestoresIt(FxRobot robot) throws Exception {
        Path center = Files.createDirectories(folder.resolve("damaged"));
        Path dataFile = TestCenters.dataFile(center);
        try (CenterContext context = TestCenters.setUpCenter(center)) {
            Backups.backup(context.database().dataSource(), DataLocations.of(dataFile).backupFolder(), null,
                    TestCenters.CLOCK, Backups.Progress.NONE);
        }
        byte[] bytes = Files.readAllBytes(dataFile);
        for (int i = 100; i < 4096; i++) {
            bytes[i] = (byte) i;
        }
        Files.write(dataFile, bytes);

        open(dataFile, "en");
        robot.clickOn(waitFor(robot, "Restore the newest good backup", Button.class));
        waitForText(robot, "#centerLabel", "Test Center");
        assertThat(Files.list(center).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("dgti-desk.db.replaced-"));
    }

    @Test
    void switchingTheLanguageChangesTheVisibleTexts(FxRobot robot) throws Exception {
        Path center = Files.createDirectories(folder.resolve("language"));
        TestCenters.setUpCenter(center).close();
        open(TestCenters.dataFile(center), "th");
        robot.clickOn(waitFor(robot, "#settingsNav", ToggleButton.class));
        robot.clickOn(waitFor(robot, "การแสดงผล", Node.class));
        robot.clickOn("#languageChoice");
        robot.clickOn("English");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#settingsNav")
                .tryQueryAs(ToggleButton.class).map(nav -> nav.getText().equals("Settings")).orElse(false));
        assertThat(robot.lookup("#overviewNav").queryAs(ToggleButton.class).getText()).isEqualTo("Overview");
        assertThat(stage.getTitle()).isEqualTo("DGTi Desk");
    }
}
