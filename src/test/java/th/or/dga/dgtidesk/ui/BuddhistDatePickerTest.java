package th.or.dga.dgtidesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.ui.common.BuddhistDatePicker;

@ExtendWith(ApplicationExtension.class)
class BuddhistDatePickerTest {

    private DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = BuddhistDatePicker.create(CalendarSystem.BUDDHIST, Messages.ofLanguage("th"));
        picker.setId("picker");
        stage.setScene(new Scene(new StackPane(picker), 320, 120));
        stage.show();
    }

    @Test
    void theEmptyFieldSaysTheExpectedFormInTheWindowsLanguage() throws Exception {
        assertThat(picker.getPromptText()).isEqualTo("วว/ดด/ปปปป (พ.ศ.)");
        String[] english = WaitForAsyncUtils.asyncFx(() -> new String[] {
                BuddhistDatePicker.create(CalendarSystem.BUDDHIST, Messages.ofLanguage("en")).getPromptText(),
                BuddhistDatePicker.create(CalendarSystem.GREGORIAN, Messages.ofLanguage("en")).getPromptText()})
                .get(5, TimeUnit.SECONDS);
        assertThat(english).containsExactly("dd/mm/yyyy (BE)", "dd/mm/yyyy");
    }

    @Test
    void aTypedBuddhistDateBecomesTheDateAndIsShownBackInBuddhistEra(FxRobot robot) throws Exception {
        robot.clickOn(picker.getEditor()).write("14/3/2569").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> LocalDate.of(2026, 3, 14).equals(picker.getValue()));

        WaitForAsyncUtils.asyncFx(() -> picker.setValue(LocalDate.of(2024, 2, 29))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getEditor().getText()).isEqualTo("29/2/2567");
        assertThat(picker.getChronology().getId()).isEqualTo("ThaiBuddhist");
    }

    @Test
    void gregorianYearsAreUnderstoodTooAndNonsenseKeepsTheValue(FxRobot robot) throws Exception {
        robot.clickOn(picker.getEditor()).write("1/10/2025").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> LocalDate.of(2025, 10, 1).equals(picker.getValue()));
        assertThat(picker.getConverter().fromString("31/2/2569")).isNull();
    }
}
