package th.or.dga.dgtidesk.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.DeskScreenTest;
import th.or.dga.dgtidesk.workshop.Participant;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/** Registering past capacity and cancelling a seat from the workshop detail, with the keyboard where it matters. */
class WorkshopScreensTest extends DeskScreenTest {

    private DeskWindow window;

    private String somsakCode;

    private void prepareCenter() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            LocalDateTime now = LocalDateTime.of(2026, 11, 25, 2, 0);
            context.database().transactions().write(tx -> {
                for (String[] p : new String[][] {{"p1", "วรรณา", "แสงทอง"}, {"p2", "สมศักดิ์", "รักไทย"}}) {
                    tx.insertInto(PERSON).set(PERSON.ID, p[0]).set(PERSON.FIRST_NAME_TH, p[1])
                            .set(PERSON.LAST_NAME_TH, p[2]).set(PERSON.SORT_KEY, ThaiText.sortKey(p[1] + " " + p[2]))
                            .set(PERSON.CREATED_AT, now).set(PERSON.UPDATED_AT, now).execute();
                }
                return null;
            });
            Workshop workshop = context.workshopService().create(new Workshop(null, "WS-1", "อบรม AI สำหรับงานภาครัฐ",
                    null, WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0),
                    LocalDateTime.of(2026, 12, 1, 16, 0), "ห้อง 1", 1, null, null, null));
            context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
        }
    }

    private void openWindow() throws Exception {
        window = fixture.open();
    }

    private void waitForMessage(FxRobot robot, String fragment) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#messageLabel").tryQueryAs(Label.class)
                .map(label -> label.getText() != null && label.getText().contains(fragment)).orElse(false));
    }

    @Test
    void aFullWorkshopWaitlistsAndACancelledSeatGoesToTheHeadOfTheQueue(FxRobot robot) throws Exception {
        prepareCenter();
        openWindow();

        robot.clickOn(showing(robot, "#workshopsNav", Node.class));
        TableView<?> list = showing(robot, "#table", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        // Each filter says what "everything" means for it.
        assertThat(robot.lookup("#statusChoice").queryAs(ChoiceBox.class)).extracting(box -> box.getConverter()
                .toString(null)).isEqualTo("ทุกสถานะ");
        assertThat(robot.lookup("#kindChoice").queryAs(ChoiceBox.class)).extracting(box -> box.getConverter()
                .toString(null)).isEqualTo("ทุกประเภท");
        assertThat(robot.lookup("#yearChoice").queryAs(ChoiceBox.class)).extracting(box -> box.getConverter()
                .toString(null)).isEqualTo("ทุกปี");
        robot.clickOn(list).type(KeyCode.DOWN).type(KeyCode.ENTER);

        robot.clickOn(showing(robot, "#personField", Node.class)).write("แสงท");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#personResults")
                .queryListView().getItems().isEmpty());
        robot.clickOn("#registerButton");
        waitForMessage(robot, "ได้ที่นั่ง");

        robot.clickOn("#personField").write("สมศัก");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#personResults")
                .queryListView().getItems().isEmpty());
        robot.clickOn("#registerButton");
        waitForMessage(robot, "ลำดับที่ 1");

        @SuppressWarnings("unchecked")
        TableView<Participant> participants = showing(robot, "#participantTable", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> participants.getItems().size() == 1);
        robot.interact(() -> participants.getSelectionModel().select(0));
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().startsWith("ยกเลิกการลงทะเบียน")).queryButton());
        waitForMessage(robot, "เลื่อนจากรายชื่อสำรองขึ้นมาได้ที่นั่ง: สมศักดิ์ รักไทย");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> participants.getItems().size() == 2);
        assertThat(participants.getItems()).extracting(p -> p.firstNameTh() + ":" + p.status().code())
                .containsExactlyInAnyOrder("วรรณา:cancelled", "สมศักดิ์:registered");

        // Lowering the seats below those taken is refused with a message in Thai.
        robot.clickOn("#capacityField").eraseText(1).write("0").type(KeyCode.ENTER);
        waitForMessage(robot, "ลดจำนวนที่นั่งเหลือ 0 ไม่ได้");
    }

    @Test
    void theDoorChecksInByCodeAndByPickingAmongMatchesAndUndoes(FxRobot robot) throws Exception {
        prepareCenter();
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            context.staffService().actAsFirstAdmin();
            String workshopId = context.workshopQueries().list(null, null).get(0).id();
            context.registrationService().changeCapacity(workshopId, 10);
            context.registrationService().register(workshopId, "p1",
                    th.or.dga.dgtidesk.workshop.RegistrationSource.MANUAL);
            somsakCode = context.registrationService().register(workshopId, "p2",
                    th.or.dga.dgtidesk.workshop.RegistrationSource.MANUAL).checkinCode();
        }
        openWindow();

        robot.clickOn(showing(robot, "#checkinNav", Node.class));
        Label count = showing(robot, "#countLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "เช็กอินแล้ว 0 / ลงทะเบียน 2 / ที่นั่ง 10"
                .equals(count.getText()));

        robot.clickOn("#entryField").write(somsakCode.toLowerCase()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith("เช็กอินแล้ว 1 "));
        robot.write(somsakCode).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#noticeLabel").queryAs(Label.class)
                .getText().contains("เช็กอินไปแล้วเมื่อเวลา"));

        robot.eraseText(somsakCode.length()).write("ร").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#noticeLabel").queryAs(Label.class)
                .getText().startsWith("พบ 2 คน"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith("เช็กอินแล้ว 2 "));

        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "เลิกทำ".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith("เช็กอินแล้ว 1 "));
    }

    @Test
    void aWalkInPastCapacityNeedsAnExplicitYes(FxRobot robot) throws Exception {
        prepareCenter();
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            context.staffService().actAsFirstAdmin();
            String workshopId = context.workshopQueries().list(null, null).get(0).id();
            context.registrationService().register(workshopId, "p1",
                    th.or.dga.dgtidesk.workshop.RegistrationSource.MANUAL);
        }
        openWindow();

        robot.clickOn(showing(robot, "#checkinNav", Node.class));
        Label count = showing(robot, "#countLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "เช็กอินแล้ว 0 / ลงทะเบียน 1 / ที่นั่ง 1"
                .equals(count.getText()));

        // สมศักดิ์ is not registered: the door offers him as a walk-in; the only seat is taken.
        robot.clickOn("#entryField").write("สมศัก").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#walkInList")
                .match(Node::isVisible).tryQueryAs(javafx.scene.control.ListView.class)
                .map(list -> list.getItems().size() == 1).orElse(false));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".button").match(n ->
                n instanceof javafx.scene.control.Button b && "รับเกินที่นั่ง".equals(b.getText())).tryQuery()
                .isPresent());
        assertThat(count.getText()).startsWith("เช็กอินแล้ว 0 ");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "รับเกินที่นั่ง".equals(b.getText())).queryButton());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().equals(
                "เช็กอินแล้ว 1 / ลงทะเบียน 2 / ที่นั่ง 1"));
        assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText())
                .isEqualTo("รับ สมศักดิ์ รักไทย เป็น walk-in และเช็กอินแล้ว");
    }

    @Test
    void aWorkshopIsPlannedFromTheFormAndItsSignInSheetSaved(FxRobot robot) throws Exception {
        prepareCenter();
        openWindow();
        Path sheet = java.nio.file.Files.createDirectories(folder.resolve("sheets")).resolve("sign-in.xlsx");
        WaitForAsyncUtils.asyncFx(() -> window.useFilePicker((title, name, start, filter) ->
                java.util.Optional.of(sheet))).get(10, TimeUnit.SECONDS);

        robot.clickOn(showing(robot, "#workshopsNav", Node.class));
        robot.clickOn(showing(robot, "#newButton", Node.class));
        robot.clickOn(showing(robot, "#codeField", Node.class)).write("CD-01");
        robot.clickOn("#titleThField").write("ออกแบบบริการภาครัฐร่วมกัน");
        robot.clickOn("#startDate").write("15/1/2570");
        robot.clickOn("#startTime").push(KeyCode.SHORTCUT, KeyCode.A).write("13.30");
        robot.clickOn("#capacityField").write("25");
        robot.clickOn("#tagsField").write("co-design, บริการ");
        robot.clickOn("#saveButton");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#titleLabel").tryQuery().isPresent()
                || !robot.lookup("#problemLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#problemLabel").tryQueryAs(Label.class).map(Label::getText).orElse("")).isEmpty();
        Label title = showing(robot, "#titleLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "ออกแบบบริการภาครัฐร่วมกัน".equals(title.getText()));
        assertThat(robot.lookup("#detailLabel").queryAs(Label.class).getText()).contains("CD-01")
                .contains("15/1/2570 13:30").contains("ร่าง");
        assertThat(robot.lookup("#seatsLabel").queryAs(Label.class).getText()).contains("25");

        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "ใบลงชื่อ (.xlsx)".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".button").match(n ->
                n instanceof javafx.scene.control.Button b && "เปิดไฟล์".equals(b.getText())).tryQuery().isPresent());
        assertThat(sheet).isRegularFile();
        try (var in = java.nio.file.Files.newInputStream(sheet);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .contains("ออกแบบบริการภาครัฐร่วมกัน");
        }
    }

    @Test
    void twentyPeopleAreCheckedInAtTheDoorFromTheKeyboardAlone(FxRobot robot) throws Exception {
        prepareCenter();
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            context.staffService().actAsFirstAdmin();
            String workshopId = context.workshopQueries().list(null, null).get(0).id();
            context.registrationService().changeCapacity(workshopId, 20);
            for (int i = 1; i <= 20; i++) {
                var person = context.personService().create(new th.or.dga.dgtidesk.people.NewPerson(null,
                        "ผู้เข้าร่วม" + i, "ทดสอบ", "guest" + i + "@example.com", null, null, null));
                codes.add(context.registrationService().register(workshopId, person.id(),
                        th.or.dga.dgtidesk.workshop.RegistrationSource.MANUAL).checkinCode());
            }
        }
        openWindow();

        robot.clickOn(showing(robot, "#checkinNav", Node.class));
        Label count = showing(robot, "#countLabel", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "เช็กอินแล้ว 0 / ลงทะเบียน 20 / ที่นั่ง 20"
                .equals(count.getText()));
        robot.clickOn("#entryField");
        for (int i = 0; i < codes.size(); i++) {
            // A scanner types the code and Enter; the field keeps the focus for the next person.
            robot.write(codes.get(i)).type(KeyCode.ENTER);
            String expected = "เช็กอินแล้ว " + (i + 1) + " ";
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith(expected));
        }
        assertThat(robot.lookup("#recentList").queryListView().getItems()).hasSize(20);
        assertThat(robot.lookup("#entryField").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
    }
}
