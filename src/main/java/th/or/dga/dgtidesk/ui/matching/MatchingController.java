package th.or.dga.dgtidesk.ui.matching;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.common.ViewLoader;

/** The Needs & matching screen: the needs list and the pipeline, each with its own stack of pages. */
public final class MatchingController {

    private final DeskWindow window;

    @FXML private TabPane tabs;
    @FXML private Tab needsTab;
    @FXML private Tab pipelineTab;
    private NeedListController needs;

    public MatchingController(DeskWindow window) {
        this.window = window;
    }

    @FXML
    private void initialize() {
        ViewLoader.Loaded<NeedListController> list = window.loader().load(View.NEED_LIST);
        needsTab.setContent(list.root());
        needs = list.controller();
        // The pipeline loads when first shown: the needs list is what most visits are for.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab == pipelineTab && pipelineTab.getContent() == null) {
                pipelineTab.setContent(window.loader().load(View.PIPELINE).root());
            }
        });
    }

    public void need(String needId) {
        tabs.getSelectionModel().select(needsTab);
        needs.openNeed(needId);
    }

    public void match(String matchId) {
        tabs.getSelectionModel().select(needsTab);
        needs.openMatch(matchId);
    }
}
