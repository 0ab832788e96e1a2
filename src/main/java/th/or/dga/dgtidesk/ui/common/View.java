package th.or.dga.dgtidesk.ui.common;

/** Every FXML view of the application, by file. */
public enum View {
    WELCOME("welcome.fxml"),
    SETUP("setup.fxml"),
    SHELL("shell.fxml"),
    OVERVIEW("overview.fxml"),
    KPI_RECORDS("kpi-records.fxml"),
    WORKSHOP_LIST("workshop-list.fxml"),
    WORKSHOP_DETAIL("workshop-detail.fxml"),
    WORKSHOP_FORM("workshop-form.fxml"),
    NEW_PERSON("new-person.fxml"),
    PEOPLE("people.fxml"),
    PERSON_PAGE("person-page.fxml"),
    MERGE("merge.fxml"),
    ORGANIZATION_FORM("organization-form.fxml"),
    CHECKIN("checkin.fxml"),
    REPORT("report.fxml"),
    ROSTER_LIST("roster-list.fxml"),
    INNOVATOR_PAGE("innovator-page.fxml"),
    INNOVATOR_FORM("innovator-form.fxml"),
    SOLUTION_FORM("solution-form.fxml"),
    TAGS("tags.fxml"),
    SETTINGS("settings.fxml"),
    CONSULTATION_LIST("consultation-list.fxml"),
    CONSULTATION_EDITOR("consultation-editor.fxml"),
    MATCHING("matching.fxml"),
    NEED_LIST("need-list.fxml"),
    NEED_DETAIL("need-detail.fxml"),
    NEED_FORM("need-form.fxml"),
    PIPELINE("pipeline.fxml"),
    MATCH_DETAIL("match-detail.fxml"),
    IMPORT_WIZARD("import-wizard.fxml");

    private final String file;

    View(String file) {
        this.file = file;
    }

    String resource() {
        return "/fxml/" + file;
    }
}
