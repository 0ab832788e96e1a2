package th.or.dga.dgtidesk.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;

/** The set-up form's rules, without a window. */
class SetupViewModelTest {

    @TempDir
    Path folder;

    @Test
    void saysWhatIsMissingInTheUsersLanguageThenSaves() {
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            SetupViewModel model = new SetupViewModel(context.centerService(), Messages.ofLanguage("en"));
            assertThat(model.validate()).isFalse();
            assertThat(model.problem().get()).isEqualTo("Please enter the center code.");
            model.code.set("DGTI-KKU");
            model.nameTh.set("ศูนย์ DGTi มหาวิทยาลัยขอนแก่น");
            assertThat(model.validate()).isFalse();
            assertThat(model.problem().get()).isEqualTo("Please enter a display name.");
            model.adminName.set("วีระ ทองดี");
            model.adminUsername.set("weera");
            assertThat(model.validate()).isTrue();
            assertThat(model.problem().get()).isEmpty();
            assertThat(model.save().code()).isEqualTo("DGTI-KKU");
            assertThat(context.currentStaff().require().username()).isEqualTo("weera");
        }
    }

    @Test
    void aRefusalFromTheServiceBecomesTheFormsProblem() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            SetupViewModel model = new SetupViewModel(context.centerService(), Messages.ofLanguage("th"));
            model.code.set("X");
            model.nameTh.set("อีกศูนย์");
            model.adminName.set("ใครสักคน");
            model.adminUsername.set("someone");
            try {
                model.save();
            } catch (RuntimeException e) {
                model.failed(e);
            }
            assertThat(model.problem().get()).isEqualTo("ไฟล์ข้อมูลนี้ตั้งค่าศูนย์ไว้แล้ว");
        }
    }
}
