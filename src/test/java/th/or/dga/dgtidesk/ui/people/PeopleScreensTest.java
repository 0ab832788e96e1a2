package th.or.dga.dgtidesk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.consultation.ConsultationFilter;
import th.or.dga.dgtidesk.consultation.ConsultationService;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.people.PersonLinks;
import th.or.dga.dgtidesk.search.SearchHit;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;

/** Creating a person, finding them with Ctrl+K from anywhere, and merging two records of one human. */
class PeopleScreensTest extends DeskScreenTest {

    private DeskWindow window;

    private void openWindow() throws Exception {
        window = fixture.open();
    }

    private Button button(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".button")
                .match(n -> n instanceof Button b && text.equals(b.getText()) && n.isVisible()).tryQuery().isPresent());
        return robot.lookup(".button").match(n -> n instanceof Button b && text.equals(b.getText()) && n.isVisible())
                .queryButton();
    }

    @Test
    void aNewPersonIsFoundWithCtrlKFromAnotherScreen(FxRobot robot) throws Exception {
        TestCenters.setUpCenter(folder).close();
        openWindow();

        robot.clickOn(showing(robot, "#peopleNav", Node.class));
        robot.clickOn(showing(robot, "#newPersonButton", Node.class));
        robot.clickOn(showing(robot, "#firstNameField", Node.class)).write("ชุติมา");
        robot.clickOn("#lastNameField").write("แสงทอง");
        robot.clickOn("#emailField").write("chutima@example.go.th");
        robot.clickOn(button(robot, "บันทึก"));
        Label name = showing(robot, "#nameLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "ชุติมา แสงทอง".equals(name.getText()));

        robot.clickOn(showing(robot, "#workshopsNav", Node.class));
        robot.press(KeyCode.SHORTCUT, KeyCode.K).release(KeyCode.K, KeyCode.SHORTCUT);
        robot.write("ทอง");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = robot.lookup(".search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().stream()
                .anyMatch(hit -> hit.title().equals("ชุติมา แสงทอง")));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        Label opened = showing(robot, "#nameLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "ชุติมา แสงทอง".equals(opened.getText()));

        // A consultation started from her page has her present; Back shows it on her page.
        robot.clickOn(button(robot, "+ บันทึกการให้คำปรึกษา"));
        robot.clickOn(showing(robot, "#subjectField", Node.class)).write("ปรึกษาการเปิดเผยข้อมูล");
        ConsultationService consultations = window.context().orElseThrow().consultationService();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> consultations.list(ConsultationFilter.all()).stream()
                .anyMatch(c -> c.subject().equals("ปรึกษาการเปิดเผยข้อมูล")));
        String consultationId = consultations.list(ConsultationFilter.all()).get(0).id();
        assertThat(consultations.attendance(consultationId).people()).extracting(Ref::name)
                .containsExactly("ชุติมา แสงทอง");
        robot.clickOn(button(robot, "← กลับ"));
        @SuppressWarnings("unchecked")
        ListView<PersonLinks.Meeting> meetings = showing(robot, "#consultationList", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> meetings.getItems().size() == 1);
    }

    @Test
    void twoRecordsOfOneHumanAreMergedFromTheReviewScreen(FxRobot robot) throws Exception {
        String kept;
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            kept = context.personService().create(new NewPerson("นางสาว", "วรรณา", "แสงทอง", "wanna@example.com",
                    null, "กรมการปกครอง", "government_agency")).id();
            context.personService().create(new NewPerson(null, "วรรณา", "แสงทอง", null, "081-234-5678",
                    "กรมการปกครอง", null));
        }
        openWindow();

        robot.clickOn(showing(robot, "#peopleNav", Node.class));
        Node duplicatesTab = robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && "ตรวจรายการซ้ำ".equals(l.getText())).query();
        robot.clickOn(duplicatesTab);
        robot.clickOn(showing(robot, "#scanButton", Node.class));
        TableView<?> pairs = showing(robot, "#pairTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pairs.getItems().size() == 1);
        robot.type(KeyCode.ENTER);

        robot.clickOn(showing(robot, "#confirmMergeButton", Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#problemLabel").tryQueryAs(Label.class)
                .map(l -> !l.getText().isEmpty()).orElse(true));
        assertThat(robot.lookup("#problemLabel").tryQueryAs(Label.class).map(Label::getText).orElse("")).isEmpty();
        Label message = showing(robot, "#messageLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("รวมเป็น วรรณา แสงทอง แล้ว"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pairs.getItems().isEmpty()
                && !window.background().busy().get());

        // The window holds the data file; read it through the window's own context. The kept record is
        // whichever was record A, and fields() follows a merged-away id to it.
        var fields = window.context().orElseThrow().personService().fields(kept).orElseThrow();
        assertThat(fields.email()).isEqualTo("wanna@example.com");
        assertThat(fields.phone()).isEqualTo("0812345678");
        assertThat(window.context().orElseThrow().peopleQueries().count()).isEqualTo(1);
    }
}
