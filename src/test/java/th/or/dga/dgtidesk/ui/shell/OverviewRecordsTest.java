package th.or.dga.dgtidesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.demo.DemoDataGenerator;
import th.or.dga.dgtidesk.demo.DemoProgress;
import th.or.dga.dgtidesk.demo.DemoScale;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiComparison;
import th.or.dga.dgtidesk.kpi.KpiPeriod;
import th.or.dga.dgtidesk.kpi.KpiRecord;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;
import th.or.dga.dgtidesk.ui.DeskWindowFixture;

/** A number on the dashboard opens the records it counts, and a record opens its page. */
class OverviewRecordsTest extends DeskScreenTest {


    /** The dashboard's figures as the KPI module has them. */
    private record Figures(KpiComparison week, Map<MatchStage, Integer> pipeline) {
    }

    /** Fills the test's file with the small demo center. */
    private static Figures demoCenter(Path folder) {
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            new DemoDataGenerator(context.database().transactions(), TestCenters.CLOCK)
                    .generate(DemoScale.SMALL, 2569, DemoProgress.NONE);
            LocalDate today = Times.toBangkok(Times.nowUtc(TestCenters.CLOCK)).toLocalDate();
            return new Figures(context.kpiService().comparison(KpiPeriod.week(today)), context.kpiService().pipeline());
        }
    }

    @Test
    void theFiscalYearsRegistrationsListExactlyThatManyAndOpenAPerson(FxRobot robot) throws Exception {
        KpiComparison week = demoCenter(folder).week();
        DeskWindow window = fixture.open();
        long registrations = week.yearToDate().count(Kpi.REGISTRATIONS);
        assertThat(registrations).isPositive();

        // Each card links this week, last week and the fiscal year, in that order; registrations come first.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#kpiPane .records-link")
                .match(n -> n.getScene() != null && n.isVisible()).queryAll().size()
                >= 3 * OverviewController.SHOWN.size());
        List<Hyperlink> links = List.copyOf(robot.lookup("#kpiPane .records-link").queryAllAs(Hyperlink.class));
        Hyperlink yearLink = links.get(2);
        assertThat(yearLink.getText()).isEqualTo(String.format(window.messages().locale(), "%,d", registrations));
        robot.clickOn(yearLink);

        @SuppressWarnings("unchecked")
        TableView<KpiRecord> table = DeskWindowFixture.showing(robot, "#recordsTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == registrations);
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText())
                .isEqualTo(String.format(window.messages().locale(), "%,d รายการ", registrations));
        assertThat(table.getItems()).allSatisfy(r -> assertThat(week.yearToDateRange().contains(r.day())).isTrue());

        // The first row is selected and focused: Enter opens the person on the People screen.
        KpiRecord first = table.getItems().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.isFocused()
                && table.getSelectionModel().getSelectedItem() == first);
        robot.type(KeyCode.ENTER);
        Label name = DeskWindowFixture.showing(robot, "#nameLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> name.getText() != null
                && name.getText().replace(" ", "").equals(first.title().replace(" ", "")));
        assertThat(robot.lookup("#peopleNav").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void backReturnsToTheDashboardAndAPipelineStageListsItsMatches(FxRobot robot) throws Exception {
        Map<MatchStage, Integer> pipeline = demoCenter(folder).pipeline();
        fixture.open();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pipelinePane .records-link")
                .match(n -> n.getScene() != null && n.isVisible()).queryAll().size() == pipeline.size());
        List<Hyperlink> stages = List.copyOf(robot.lookup("#pipelinePane .records-link").queryAllAs(Hyperlink.class));
        int proposed = pipeline.values().iterator().next();
        robot.interact(stages.get(0)::fire);

        @SuppressWarnings("unchecked")
        TableView<KpiRecord> table = DeskWindowFixture.showing(robot, "#recordsTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == proposed
                && robot.lookup("#hintLabel").queryAs(Label.class).getText() != null);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recordsTable").tryQuery().isEmpty()
                && robot.lookup("#pipelinePane").query().isVisible());

        // A match behind the number opens on its page in Needs & matching.
        robot.interact(stages.get(0)::fire);
        @SuppressWarnings("unchecked")
        TableView<KpiRecord> again = DeskWindowFixture.showing(robot, "#recordsTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> again.getItems().size() == proposed);
        String first = again.getItems().get(0).title();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#matchingNav")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected()
                && robot.lookup(".label").match(n -> n.isVisible() && n instanceof Label l
                        && l.getText() != null && l.getText().contains(first)).tryQuery().isPresent());
    }
}
