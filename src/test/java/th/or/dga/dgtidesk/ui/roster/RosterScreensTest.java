package th.or.dga.dgtidesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.innovator.Innovator;
import th.or.dga.dgtidesk.innovator.InnovatorDraft;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.innovator.ServiceArea;
import th.or.dga.dgtidesk.innovator.Solution;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;

/** Showing a visitor the roster by technology and readiness, then adding a solution to an innovator. */
class RosterScreensTest extends DeskScreenTest {

    private DeskWindow window;
    private String labId;

    private void prepareRoster() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            Innovator farm = innovator(context, "บริษัท สมาร์ทฟาร์ม จำกัด", "ฉะเชิงเทรา", List.of("Agritech"));
            solution(context, farm, "เซนเซอร์วัดคุณภาพน้ำ", 7, "IoT");
            solution(context, farm, "แชตบอตเกษตรกร", 3, "AI");
            Innovator lab = innovator(context, "ทีมวิจัยเอกสารอัจฉริยะ มหาวิทยาลัยบูรพา", "ชลบุรี", List.of());
            solution(context, lab, "ระบบคัดแยกเอกสารด้วย AI", 8, "AI");
            labId = lab.id();
            innovator(context, "ชุมชนท่องเที่ยวบ้านเพ", "ระยอง", List.of("Tourism"));
        }
    }

    private static Innovator innovator(CenterContext context, String name, String province, List<String> tags) {
        return context.innovatorService().create(new InnovatorDraft(null, InnovatorKind.STARTUP, name, province,
                RosterStatus.ACTIVE, null, "DGTi Cohort 2569/1", null, true, tags));
    }

    private static void solution(CenterContext context, Innovator innovator, String name, int trl, String tag) {
        context.solutionService().create(new Solution(null, innovator.id(), name, null, List.of(tag), trl,
                List.of(ServiceArea.PUBLIC_SERVICE), null));
    }

    private void openWindow() throws Exception {
        window = fixture.open();
    }

    /** The innovators the cards show, by the ids the cards carry. */
    private static List<Object> cardIds(FlowPane cards) {
        return cards.getChildren().stream().filter(Button.class::isInstance).map(Node::getUserData).toList();
    }

    @Test
    void aVisitorSeesTheAiSolutionsReadyForUseAndACoordinatorAddsASolution(FxRobot robot) throws Exception {
        prepareRoster();
        openWindow();

        robot.clickOn(showing(robot, "#rosterNav", Node.class));
        FlowPane cards = showing(robot, "#cardPane", FlowPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cardIds(cards).size() == 3);

        // The tag is typed and picked from the suggestions, keyboard only.
        robot.clickOn("#tagField").write("a");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".type-ahead-list")
                .tryQueryAs(javafx.scene.control.ListView.class).map(list -> list.getItems().contains("AI"))
                .orElse(false));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        TextField tagField = robot.lookup("#tagField").queryAs(TextField.class);
        assertThat(tagField.getText()).isEqualTo("AI");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cardIds(cards).size() == 2);

        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> trl = robot.lookup("#trlChoice").queryAs(ChoiceBox.class);
        robot.clickOn(trl).clickOn("TRL 7 ขึ้นไป");
        assertThat(trl.getValue()).isEqualTo(7);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cardIds(cards).equals(List.of(labId)));

        // The same list as a table.
        robot.clickOn("#tableToggle");
        TableView<?> table = showing(robot, "#table", TableView.class);
        assertThat(table.getItems()).hasSize(1);

        robot.clickOn(table).type(KeyCode.DOWN).type(KeyCode.ENTER);
        TableView<?> solutions = showing(robot, "#solutionTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> solutions.getItems().size() == 1);

        robot.clickOn("#addSolutionButton");
        robot.clickOn(showing(robot, "#nameField", Node.class)).write("ผู้ช่วยตอบคำถามประชาชน");
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> level = robot.lookup(".form-grid #trlChoice").queryAs(ChoiceBox.class);
        robot.clickOn(level).clickOn("TRL 6 · สาธิตต้นแบบในสภาพแวดล้อมที่ใกล้เคียงการใช้งานจริง");
        robot.clickOn("#tagsField").write("Chatbot, a");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".type-ahead-list")
                .match(Node::isVisible).tryQueryAs(javafx.scene.control.ListView.class)
                .map(list -> list.getItems().contains("AI")).orElse(false));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(robot.lookup("#tagsField").queryAs(TextField.class).getText()).isEqualTo("Chatbot, AI, ");
        robot.clickOn("บริการประชาชน");
        robot.clickOn("#linkField").write("chat.example.go.th");
        robot.clickOn("#saveButton");

        TableView<?> updated = showing(robot, "#solutionTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> updated.getItems().size() == 2);
        Solution added = updated.getItems().stream().map(Solution.class::cast)
                .filter(s -> s.name().equals("ผู้ช่วยตอบคำถามประชาชน")).findFirst().orElseThrow();
        assertThat(added.trl()).isEqualTo(6);
        assertThat(added.tags()).containsExactly("AI", "Chatbot");
        assertThat(added.serviceAreas()).containsExactly(ServiceArea.PUBLIC_SERVICE);
        assertThat(added.link()).isEqualTo("https://chat.example.go.th");
    }
}
