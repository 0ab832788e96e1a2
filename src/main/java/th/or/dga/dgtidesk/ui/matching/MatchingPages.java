package th.or.dga.dgtidesk.ui.matching;

import java.util.concurrent.Callable;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.consultation.ConsultationDraft;
import th.or.dga.dgtidesk.matching.Need;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.PageStack;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.ui.consultation.ConsultationEditorController;

/** Opening the pages of the Needs & matching screen over its lists: a need, its form, a match, a consultation. */
final class MatchingPages {

    private final DeskWindow window;
    private final CenterContext context;
    private final PageStack stack;

    MatchingPages(DeskWindow window, CenterContext context, PageStack stack) {
        this.window = window;
        this.context = context;
        this.stack = stack;
    }

    void need(String needId) {
        stack.push(window.loader().register(NeedDetailController.class,
                () -> new NeedDetailController(window, context, needId, this)).load(View.NEED_DETAIL).root());
    }

    /** The need form: {@code need} null for a new one. Saving shows the need's page in the form's place. */
    void needForm(Need need) {
        stack.push(window.loader().register(NeedFormController.class,
                () -> new NeedFormController(window, context, need, saved -> {
                    stack.back();
                    if (need == null) {
                        need(saved.id());
                    }
                }, stack::back)).load(View.NEED_FORM).root());
    }

    void match(String matchId) {
        stack.push(window.loader().register(MatchDetailController.class,
                () -> new MatchDetailController(window, context, matchId, this)).load(View.MATCH_DETAIL).root());
    }

    void consultation(Callable<ConsultationDraft> load) {
        stack.push(window.loader().register(ConsultationEditorController.class,
                () -> new ConsultationEditorController(window, context, load, stack::back))
                .load(View.CONSULTATION_EDITOR).root());
    }

    void back() {
        stack.back();
    }
}
