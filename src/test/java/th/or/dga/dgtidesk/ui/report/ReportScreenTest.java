package th.or.dga.dgtidesk.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.demo.DemoDataGenerator;
import th.or.dga.dgtidesk.demo.DemoProgress;
import th.or.dga.dgtidesk.demo.DemoScale;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;

/** Monday morning: one click on the Reports screen gives the ministry workbook; open data is previewed first. */
class ReportScreenTest extends DeskScreenTest {

    private DeskWindow window;

    @Test
    void theWeeklyWorkbookIsOneClickAwayAndOpenDataIsPreviewed(FxRobot robot) throws Exception {
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            new DemoDataGenerator(context.database().transactions(), TestCenters.CLOCK)
                    .generate(DemoScale.SMALL, 2569, DemoProgress.NONE);
        }
        Path out = Files.createDirectories(folder.resolve("reports")).resolve("week.xlsx");
        window = fixture.open(w -> w.useFilePicker((title, name, start, filter) -> Optional.of(out)));

        // The loading frame draws a navigation of its own first; wait for the shell's.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reportNav")
                .match(n -> n.getScene() != null && n.isVisible()).tryQuery().isPresent()
                && !window.background().busy().get());
        Node reportNav = robot.lookup("#reportNav").match(n -> n.getScene() != null).query();
        robot.clickOn(reportNav);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#periodLabel").tryQueryAs(
                javafx.scene.control.Label.class).map(l -> l.getText().equals("16 พ.ย. 2569 – 22 พ.ย. 2569"))
                .orElse(false));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".button").match(n ->
                n instanceof Button b && "เปิดไฟล์".equals(b.getText())).tryQuery().isPresent());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
        }

        // Below the fold of the scrolling page: press it as the keyboard would.
        Button preview = robot.lookup("#previewButton").queryButton();
        robot.interact(preview::fire);
        @SuppressWarnings("unchecked")
        ListView<Object> datasets = robot.lookup("#datasetList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> datasets.getItems().size() == 7);
        javafx.scene.control.TableView<?> table = robot.lookup("#previewTable").queryAs(
                javafx.scene.control.TableView.class);
        // The first dataset is shown with its columns (the CSV's English snake_case names).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getColumns().isEmpty());
        assertThat(table.getColumns().get(0).getText()).matches("[a-z_]+");
    }
}
