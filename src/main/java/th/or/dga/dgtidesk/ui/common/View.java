package th.or.dga.dgtidesk.ui.common;

/** Every FXML view of the application, by file. */
public enum View {
    WELCOME("welcome.fxml"),
    SETUP("setup.fxml"),
    SHELL("shell.fxml"),
    OVERVIEW("overview.fxml"),
    WORKSHOP_LIST("workshop-list.fxml"),
    WORKSHOP_DETAIL("workshop-detail.fxml"),
    WORKSHOP_FORM("workshop-form.fxml"),
    NEW_PERSON("new-person.fxml"),
    CHECKIN("checkin.fxml"),
    SETTINGS("settings.fxml"),
    CONSULTATION_LIST("consultation-list.fxml"),
    CONSULTATION_EDITOR("consultation-editor.fxml"),
    MATCHING("matching.fxml"),
    NEED_LIST("need-list.fxml"),
    NEED_DETAIL("need-detail.fxml"),
    NEED_FORM("need-form.fxml"),
    PIPELINE("pipeline.fxml"),
    MATCH_DETAIL("match-detail.fxml");

    private final String file;

    View(String file) {
        this.file = file;
    }

    String resource() {
        return "/fxml/" + file;
    }
}
