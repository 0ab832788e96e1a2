package th.or.dga.dgtidesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.audit.AuditRepository;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.UserException;

class StaffServiceTest {

    @TempDir
    Path folder;

    private CenterContext context;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void setUpPutsTheFirstAdminAtTheDeskAndAuditsIt() {
        Staff admin = context.currentStaff().require();
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        var entries = context.database().transactions().read(dsl -> new AuditRepository().latest(dsl, 10));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("center");
            assertThat(e.staffId()).isEqualTo(admin.id());
        });
        assertThatThrownBy(() -> context.centerService().setUp("X", "อีกศูนย์", null, null,
                new th.or.dga.dgtidesk.center.CenterService.FirstAdmin("ใคร", "who")))
                .isInstanceOf(UserException.class).hasMessageContaining("center.alreadySetUp");
    }

    @Test
    void onlyAnAdminChangesStaffAndSettingsAndEveryChangeNamesWhoDidIt() {
        Staff coordinator = context.staffService().add("Somying.J", "สมหญิง ใจดี", Role.COORDINATOR);
        assertThat(coordinator.username()).isEqualTo("somying.j");

        context.staffService().actAs("somying.j");
        assertThatThrownBy(() -> context.staffService().add("x1", "คนใหม่", Role.VIEWER))
                .isInstanceOf(UserException.class).hasMessageContaining("staff.adminOnly");
        assertThatThrownBy(() -> context.centerService().changeSetting(Setting.CALENDAR, "gregorian"))
                .isInstanceOf(UserException.class).hasMessageContaining("staff.adminOnly");
        assertThat(context.centerService().setting(Setting.CALENDAR)).isEqualTo("buddhist");

        context.staffService().actAs("admin");
        context.centerService().changeSetting(Setting.CALENDAR, "gregorian");
        assertThat(context.centerService().setting(Setting.CALENDAR)).isEqualTo("gregorian");
        var latest = context.database().transactions().read(dsl -> new AuditRepository().latest(dsl, 1)).get(0);
        assertThat(latest.entity()).isEqualTo("setting");
        assertThat(latest.staffId()).isEqualTo(context.currentStaff().require().id());
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivated() {
        Staff admin = context.currentStaff().require();
        assertThatThrownBy(() -> context.staffService().update(
                new Staff(admin.id(), admin.username(), admin.displayName(), Role.COORDINATOR, true)))
                .isInstanceOf(UserException.class).hasMessageContaining("staff.lastAdmin");
        assertThatThrownBy(() -> context.staffService().update(
                new Staff(admin.id(), admin.username(), admin.displayName(), Role.ADMIN, false)))
                .isInstanceOf(UserException.class).hasMessageContaining("staff.lastAdmin");
    }

    @Test
    void badUsernamesAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> context.staffService().add("สมชาย", "สมชาย", Role.VIEWER))
                .hasMessageContaining("staff.usernameInvalid");
        assertThatThrownBy(() -> context.staffService().add("ADMIN", "อีกคน", Role.VIEWER))
                .hasMessageContaining("staff.usernameTaken");
        assertThatThrownBy(() -> context.staffService().add("new1", "  ", Role.VIEWER))
                .hasMessageContaining("staff.displayNameRequired");
        assertThatThrownBy(() -> context.staffService().actAs("nobody"))
                .hasMessageContaining("staff.unknown");
    }
}
