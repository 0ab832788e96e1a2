package th.or.dga.dgtidesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.importing.ImportField;
import th.or.dga.dgtidesk.importing.ImportFixture;
import th.or.dga.dgtidesk.importing.RowResult;
import th.or.dga.dgtidesk.innovator.RosterRow;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;

/** Innovators → Import roster: the sample roster mapped, previewed and imported, then on the roster. */
class RosterImportScreenTest extends DeskScreenTest {


    @Test
    @SuppressWarnings("unchecked")
    void theSampleRosterIsMappedPreviewedAndImportedThenListed(FxRobot robot) throws Exception {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            // An empty roster.
        }
        Path sample = ImportFixture.sample(folder.resolve("in"), "roster-sample.csv");
        DeskWindow window = fixture.open(w -> w.useOpenPicker((title, start, filter) -> Optional.of(sample)));

        robot.clickOn(showing(robot, "#rosterNav", Node.class));
        robot.clickOn(showing(robot, "#importRosterButton", Node.class));
        robot.clickOn(showing(robot, "#chooseButton", Node.class));

        TableView<RowResult> preview = showing(robot, "#previewTable", TableView.class);
        waitFor(() -> preview.getItems().size() == 16);
        assertThat(robot.lookup("#countsBox").queryAs(FlowPane.class).getChildrenUnmodifiable())
                .extracting(node -> ((Label) node).getText())
                .containsExactly("นวัตกรใหม่  6", "มีในทำเนียบแล้ว  0", "ซ้ำในไฟล์  1", "ไม่นำเข้า  9");
        assertThat(preview.getColumns()).extracting(column -> column.getText())
                .contains("นวัตกร", "ผู้ติดต่อ");

        // The mapping offers the roster's fields; the solution summaries are not wanted this time.
        TabPane tabs = showing(robot, "#tabs", TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("ผลที่จะเกิดขึ้น (16 แถว)");
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Labeled l
                && "คอลัมน์ (13)".equals(l.getText())).queryAs(Node.class));
        TableView<?> columns = showing(robot, "#mappingTable", TableView.class);
        robot.interact(() -> columns.scrollTo(12));
        ComboBox<ImportField> summary = showing(robot, "#field-12", ComboBox.class);
        assertThat(summary.getValue()).isEqualTo(ImportField.SOLUTION_SUMMARY);
        assertThat(summary.getItems()).contains(ImportField.INNOVATOR_KIND, ImportField.FOCUS_TAGS)
                .doesNotContain(ImportField.CUSTOM_ANSWER, ImportField.CONSENT, ImportField.REGISTERED_AT);
        robot.interact(() -> summary.setValue(ImportField.IGNORE));
        robot.interact(() -> tabs.getSelectionModel().select(0));

        ChoiceBox<String> filter = showing(robot, "#outcomeFilter", ChoiceBox.class);
        robot.interact(() -> filter.setValue("rejected"));
        waitFor(() -> preview.getItems().size() == 9);
        assertThat(preview.getItems()).extracting(result -> result.row() + ": " + result.explanation(window.messages()))
                .contains("8: ไม่มีชื่อนวัตกร", "10: อีเมลไม่ถูกต้อง \"anucha@\"",
                        "11: วันที่ที่ไม่มีอยู่จริงใน \"วันที่เข้าร่วม\": 31/2/2568",
                        "12: ผู้ติดต่อไม่มีทั้งอีเมลและโทรศัพท์");

        robot.clickOn("#commitButton");
        Label result = showing(robot, "#resultLabel", Label.class);
        waitFor(() -> result.getText() != null && result.getText().startsWith("นำเข้าแล้ว"));
        assertThat(result.getText()).contains("นวัตกรใหม่ 6").contains("ไม่นำเข้า 9");

        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "ปิด".equals(b.getText()))
                .queryButton());
        robot.clickOn(showing(robot, "#tableToggle", Node.class));
        TableView<RosterRow> roster = showing(robot, "#table", TableView.class);
        waitFor(() -> roster.getItems().size() == 6);
        assertThat(roster.getItems()).extracting(RosterRow::name).contains("บริษัท เกษตรอัจฉริยะ จำกัด",
                "ทีม EEC Robotics", "วิสาหกิจชุมชนบ้านฉาง", "ดร. ปกรณ์ มีสุข", "บริษัท ดาต้าเฮาส์ จำกัด",
                "ศูนย์นวัตกรรม แสนสุข");
        RosterRow farm = roster.getItems().stream().filter(row -> row.name().startsWith("บริษัท เกษตร")).findFirst()
                .orElseThrow();
        assertThat(farm.tags()).containsExactlyInAnyOrder("AI", "IoT", "เกษตร");
        assertThat(farm.solutions()).isEqualTo(1);
    }
}
