package th.or.dga.dgtidesk.ui.shell;

/**
 * The shell's screens in navigation order, with their label and icon: what the frame shown while
 * the data file opens draws, so it looks like the shell that replaces it (shell.fxml draws the same
 * list; {@code ShellLayoutTest} keeps the two in step).
 */
public enum Screen {
    OVERVIEW("shell.nav.overview", "mdi2v-view-dashboard-outline"),
    WORKSHOPS("shell.nav.workshops", "mdi2c-calendar-account-outline"),
    CHECKIN("shell.nav.checkin", "mdi2q-qrcode-scan"),
    PEOPLE("shell.nav.people", "mdi2a-account-group-outline"),
    ROSTER("shell.nav.roster", "mdi2l-lightbulb-on-outline"),
    CONSULTATIONS("shell.nav.consultations", "mdi2c-comment-text-multiple-outline"),
    MATCHING("shell.nav.matching", "mdi2h-handshake-outline"),
    REPORT("shell.nav.report", "mdi2f-file-chart-outline"),
    SETTINGS("shell.nav.settings", "mdi2c-cog-outline");

    private final String labelKey;
    private final String icon;

    Screen(String labelKey, String icon) {
        this.labelKey = labelKey;
        this.icon = icon;
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }
}
