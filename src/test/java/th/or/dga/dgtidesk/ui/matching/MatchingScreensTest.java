package th.or.dga.dgtidesk.ui.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import th.or.dga.dgtidesk.consultation.ActionItem;
import th.or.dga.dgtidesk.consultation.ConsultationFilter;
import th.or.dga.dgtidesk.consultation.ConsultationRow;
import th.or.dga.dgtidesk.matching.MatchCard;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.matching.MatchingFixtures;
import th.or.dga.dgtidesk.matching.Need;
import th.or.dga.dgtidesk.matching.NeedPriority;
import th.or.dga.dgtidesk.matching.StageChange;
import th.or.dga.dgtidesk.matching.Suggestion;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DesktopApp;
import th.or.dga.dgtidesk.ui.common.Background;
import th.or.dga.dgtidesk.ui.common.DeskPreferences;
import th.or.dga.dgtidesk.ui.settings.DeskTheme;

/**
 * A coordinator takes a flood-warning need to a proposed match and moves it along the board with
 * the keyboard; starts a consultation from the need, adds two action items and ticks one; and a
 * note typed just before the window closes is still there afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class MatchingScreensTest {

    @TempDir
    Path folder;

    private Stage stage;
    private ExecutorService executor;
    private DeskWindow window;
    private String needId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopApp.loadFonts();
        DeskTheme.apply("light");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.background().busy().get());
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
        executor.shutdownNow();
    }

    private void prepareCenter() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            new MatchingFixtures(context).organization("city", "เทศบาลเมืองศรีราชา", "government_agency")
                    .person("p1", "สมหญิง", "ใจดี", "city")
                    .innovator("water", "บริษัท วอเตอร์เซนส์ จำกัด", null)
                    .innovator("queue", "บริษัท คิวดี จำกัด", null)
                    .solution("level", "water", "เซนเซอร์ IoT วัดระดับน้ำ",
                            "วัดระดับน้ำในคลองแบบเรียลไทม์ แจ้งเตือนน้ำท่วมผ่าน LINE", 7, "environment",
                            List.of("IoT"))
                    .solution("booking", "queue", "แพลตฟอร์มนัดหมายออนไลน์", "ประชาชนจองคิวผ่านมือถือ", 9,
                            "public_service", List.of("GovTech"));
            Need need = context.needService().save(new Need(null, "city", "p1", "แจ้งเตือนน้ำท่วมชุมชนริมคลอง",
                    "ชาวบ้านไม่รู้ล่วงหน้าว่าน้ำในคลองจะล้นตลิ่ง", "เตือนก่อน 3 ชั่วโมง", List.of("IoT", "GovTech"),
                    NeedPriority.URGENT, LocalDate.of(2026, 11, 20), true, null));
            needId = need.id();
        }
    }

    private void openWindow() throws Exception {
        executor = DesktopApp.newExecutor();
        WaitForAsyncUtils.asyncFx(() -> {
            window = new DeskWindow(stage, new Background(executor, Throwable::printStackTrace),
                    new DeskPreferences(folder.resolve("desk.properties")), Messages.ofLanguage("th"),
                    TestCenters.CLOCK);
            window.start(TestCenters.dataFile(folder));
        }).get(10, TimeUnit.SECONDS);
    }

    private <T extends Node> T showing(FxRobot robot, String query, Class<T> type) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query)
                .match(n -> n.getScene() != null && n.isVisible()).tryQueryAs(type).isPresent());
        return robot.lookup(query).match(n -> n.getScene() != null && n.isVisible()).queryAs(type);
    }

    /** Ctrl+5, then the only need opened from the list with the keyboard. */
    private void openTheNeed(FxRobot robot) throws Exception {
        robot.clickOn(showing(robot, "#matchingNav", Node.class));
        TableView<?> needs = showing(robot, "#table", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> needs.getItems().size() == 1);
        robot.clickOn(needs).type(KeyCode.HOME).type(KeyCode.ENTER);
    }

    private CenterContext reopenData() {
        CenterContext context = TestCenters.emptyCenter(folder);
        context.staffService().actAsFirstAdmin();
        return context;
    }

    @Test
    void aSuggestionIsProposedAndItsCardMovesAlongTheBoardByKeyboard(FxRobot robot) throws Exception {
        prepareCenter();
        openWindow();
        openTheNeed(robot);

        @SuppressWarnings("unchecked")
        ListView<Suggestion> suggestions = showing(robot, "#suggestionList", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !suggestions.getItems().isEmpty());
        assertThat(suggestions.getItems().get(0).solutionId()).isEqualTo("level");
        robot.clickOn(suggestions).type(KeyCode.HOME).type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<MatchCard> matches = showing(robot, "#matchList", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> matches.getItems().size() == 1);
        assertThat(suggestions.getItems()).extracting(Suggestion::solutionId).doesNotContain("level");

        Node pipelineTab = robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof javafx.scene.control.Label l
                && "สถานะการจับคู่".equals(l.getText())).query();
        robot.clickOn(pipelineTab);
        @SuppressWarnings("unchecked")
        ListView<MatchCard> proposed = showing(robot, "#column-proposed", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> proposed.getItems().size() == 1);
        // A narrow column cuts names short; the card's tooltip has them whole.
        MatchCard card = proposed.getItems().get(0);
        javafx.scene.control.ListCell<?> cell = robot.lookup("#column-proposed .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).query();
        assertThat(cell.getTooltip().getText()).contains(card.agencyName(), card.needTitle(), card.solutionName());
        robot.clickOn(proposed).type(KeyCode.HOME);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<MatchCard> introduced = showing(robot, "#column-introduced", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> introduced.getItems().size() == 1
                && introduced.isFocused());
        // The moved card keeps the focus: the next Ctrl+→ moves it on.
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<MatchCard> discussion = showing(robot, "#column-in_discussion", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> discussion.getItems().size() == 1);
        assertThat(proposed.getItems()).isEmpty();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.background().busy().get());
        // The window holds the data file: its own context answers.
        CenterContext context = window.requireContext();
        {
            String matchId = context.matchService().ofNeed(needId).get(0).id();
            assertThat(context.matchService().history(matchId)).extracting(StageChange::to)
                    .containsExactly(MatchStage.PROPOSED, MatchStage.INTRODUCED, MatchStage.IN_DISCUSSION);
        }
    }

    @Test
    void aNeedFoundWithCtrlKOpensItsPage(FxRobot robot) throws Exception {
        prepareCenter();
        openWindow();
        showing(robot, "#overviewNav", Node.class);
        robot.press(KeyCode.SHORTCUT, KeyCode.K).release(KeyCode.K, KeyCode.SHORTCUT);
        robot.write("ริมคลอง");
        @SuppressWarnings("unchecked")
        ListView<th.or.dga.dgtidesk.search.SearchHit> hits = robot.lookup(".search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> hits.getItems().stream()
                .anyMatch(hit -> hit.title().equals("แจ้งเตือนน้ำท่วมชุมชนริมคลอง")));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        Label title = showing(robot, "#titleLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "แจ้งเตือนน้ำท่วมชุมชนริมคลอง".equals(title.getText()));
        assertThat(robot.lookup("#matchingNav").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aConsultationFromTheNeedGetsTwoActionItemsFromTheKeyboardAndOneIsTicked(FxRobot robot) throws Exception {
        prepareCenter();
        openWindow();
        openTheNeed(robot);
        robot.clickOn(showing(robot, "#newConsultationButton", Node.class));

        // The action items sit below the notes: reached by focus (as Tab would), typed, Enter adds.
        Node what = showing(robot, "#itemWhatField", Node.class);
        robot.interact(what::requestFocus);
        robot.write("ส่งข้อมูลระดับน้ำย้อนหลัง").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<th.or.dga.dgtidesk.consultation.ActionItemRow> items = showing(robot, "#itemTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> items.getItems().size() == 1);
        robot.write("นัดสาธิตเซนเซอร์").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> items.getItems().size() == 2);
        robot.interact(items::requestFocus);
        robot.type(KeyCode.HOME).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> items.getItems().stream()
                .filter(row -> row.item().done()).count() == 1);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.background().busy().get());
        CenterContext context = window.requireContext();
        {
            List<ConsultationRow> consultations = context.consultationService().list(ConsultationFilter.all());
            assertThat(consultations).hasSize(1);
            assertThat(consultations.get(0).subject()).isEqualTo("แจ้งเตือนน้ำท่วมชุมชนริมคลอง");
            assertThat(consultations.get(0).organizations()).isEqualTo("เทศบาลเมืองศรีราชา");
            String id = consultations.get(0).id();
            assertThat(context.consultationService().byId(id).orElseThrow().needId()).isEqualTo(needId);
            assertThat(context.consultationService().items(id)).extracting(ActionItem::what, ActionItem::done)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ส่งข้อมูลระดับน้ำย้อนหลัง", true),
                            org.assertj.core.groups.Tuple.tuple("นัดสาธิตเซนเซอร์", false));
        }
    }

    @Test
    void aNoteTypedJustBeforeTheWindowClosesIsKept(FxRobot robot) throws Exception {
        prepareCenter();
        openWindow();
        robot.clickOn(showing(robot, "#consultationsNav", Node.class));
        robot.clickOn(showing(robot, "#newButton", Node.class));
        robot.clickOn(showing(robot, "#subjectField", Node.class)).write("ติดตามระบบคิว");
        robot.clickOn(showing(robot, "#notesArea", Node.class)).write("หน่วยงานขอทดลองใช้สามเดือน");
        // Closed straight after the last key: no waiting for the background save.
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.background().busy().get());
        try (CenterContext context = reopenData()) {
            List<ConsultationRow> consultations = context.consultationService().list(ConsultationFilter.all());
            assertThat(consultations).extracting(ConsultationRow::subject).containsExactly("ติดตามระบบคิว");
            assertThat(context.consultationService().byId(consultations.get(0).id()).orElseThrow().notes())
                    .isEqualTo("หน่วยงานขอทดลองใช้สามเดือน");
        }
    }
}
