package th.or.dga.dgtidesk.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.consultation.ActionItem;
import th.or.dga.dgtidesk.consultation.Consultation;
import th.or.dga.dgtidesk.ui.DeskWindowFixture;

/** A consultation note typed at the desk survives the window closing; an action item is added and ticked. */
@ExtendWith(ApplicationExtension.class)
class ConsultationScreensTest {

    @TempDir
    Path folder;

    private DeskWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DeskWindowFixture(stage, folder);
        DeskWindowFixture.prepareToolkit();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aNoteIsKeptAsTypedAndAnActionItemIsTickedDone(FxRobot robot) throws Exception {
        TestCenters.setUpCenter(folder).close();
        var window = fixture.open();

        robot.clickOn(DeskWindowFixture.showing(robot, "#consultationsNav", Node.class));
        robot.clickOn(DeskWindowFixture.showing(robot, "#newButton", Node.class));
        robot.clickOn(DeskWindowFixture.showing(robot, "#notesArea", Node.class)).write("หน่วยงานต้องการระบบคิวออนไลน์");
        Label saved = DeskWindowFixture.showing(robot, "#savedLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !saved.getText().isEmpty()
                && !window.background().busy().get());

        robot.clickOn("#itemField").write("ส่งแบบฟอร์มความต้องการ").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".check-box").tryQueryAs(CheckBox.class)
                .isPresent());
        robot.clickOn(robot.lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".check-box").queryAs(CheckBox.class)
                .isSelected() && !window.background().busy().get());

        fixture.close();
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            Consultation note = context.consultationService().list(null, null).get(0);
            assertThat(note.notes()).isEqualTo("หน่วยงานต้องการระบบคิวออนไลน์");
            assertThat(context.consultationService().items(note.id())).extracting(ActionItem::what, ActionItem::done)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ส่งแบบฟอร์มความต้องการ", true));
        }
    }
}
