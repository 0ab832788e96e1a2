package th.or.dga.dgtidesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.importing.ImportField;
import th.or.dga.dgtidesk.importing.ImportFixture;
import th.or.dga.dgtidesk.importing.RowResult;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;
import th.or.dga.dgtidesk.workshop.Participant;

/** The sample form export imported from a workshop's page through the wizard, every problem row explained. */
class ImportWizardScreenTest extends DeskScreenTest {


    @Test
    @SuppressWarnings("unchecked")
    void theSampleExportImportsThroughTheWizardWithEveryProblemRowExplained(FxRobot robot) throws Exception {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            ImportFixture.openWorkshop(context, null);
        }
        Path sample = ImportFixture.sample(folder.resolve("in"), ImportFixture.UTF8_SAMPLE);
        Path rejected = Files.createDirectories(folder.resolve("out")).resolve("rejected.csv");
        DeskWindow window = fixture.open(w -> {
            w.useOpenPicker((title, start, filter) -> Optional.of(sample));
            w.useFilePicker((title, name, start, filter) -> Optional.of(rejected));
        });

        robot.clickOn(showing(robot, "#workshopsNav", Node.class));
        TableView<?> list = showing(robot, "#table", TableView.class);
        waitFor(() -> list.getItems().size() == 1);
        robot.clickOn(list).type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn(showing(robot, "#importRegistrationsButton", Node.class));
        robot.clickOn(showing(robot, "#chooseButton", Node.class));

        TableView<RowResult> preview = showing(robot, "#previewTable", TableView.class);
        waitFor(() -> preview.getItems().size() == 12);
        assertThat(robot.lookup("#formatLabel").queryAs(Label.class).getText())
                .isEqualTo("ตรวจพบ: UTF-8 (BOM) คั่นด้วยจุลภาค (,)");
        assertThat(robot.lookup("#countsBox").queryAs(FlowPane.class).getChildrenUnmodifiable())
                .extracting(node -> ((Label) node).getText())
                .contains("บุคคลใหม่  8", "ซ้ำในไฟล์  1", "ไม่นำเข้า  3", "จะลงทะเบียน  8");

        // Answers to "หัวข้อที่สนใจ" are not wanted this time: the preview is planned again.
        TabPane tabs = showing(robot, "#tabs", TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("ผลที่จะเกิดขึ้น (12 แถว)");
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Labeled l
                && "คอลัมน์ (12)".equals(l.getText())).queryAs(Node.class));
        TableView<?> columns = showing(robot, "#mappingTable", TableView.class);
        robot.interact(() -> columns.scrollTo(10));
        ComboBox<ImportField> topics = showing(robot, "#field-10", ComboBox.class);
        robot.interact(() -> topics.setValue(ImportField.IGNORE));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        ChoiceBox<String> filter = showing(robot, "#outcomeFilter", ChoiceBox.class);
        robot.interact(() -> filter.setValue("rejected"));
        waitFor(() -> preview.getItems().size() == 3);
        assertThat(preview.getItems()).extracting(result -> result.row() + ": " + result.explanation(window.messages()))
                .containsExactly("10: ไม่ยินยอม จึงไม่เก็บข้อมูลส่วนบุคคล",
                        "11: อีเมลไม่ถูกต้อง \"anucha.p@\"; ไม่มีนามสกุล; โทรศัพท์ \"08-1111-222\" ไม่ใช่หมายเลขไทย จึงไม่นำเข้า",
                        "12: วันที่ที่ไม่มีอยู่จริงใน \"ประทับเวลา\": 31/2/2569, 14:00:00");

        robot.clickOn("#saveRejectedButton");
        waitFor(() -> Files.exists(rejected));
        assertThat(Files.readAllLines(rejected)).hasSize(4);

        robot.clickOn("#commitButton");
        Label result = showing(robot, "#resultLabel", Label.class);
        waitFor(() -> result.getText() != null && result.getText().startsWith("นำเข้าแล้ว"));
        assertThat(result.getText()).contains("บุคคลใหม่ 8").contains("ไม่นำเข้า 3");

        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "ปิด".equals(b.getText())).queryButton());
        TableView<Participant> participants = showing(robot, "#participantTable", TableView.class);
        waitFor(() -> participants.getItems().size() == 8);
        assertThat(participants.getItems()).extracting(Participant::lastNameTh)
                .contains("=HYPERLINK(\"http://x\",\"x\")");
    }
}
