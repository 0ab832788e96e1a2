package th.or.dga.dgtidesk.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.db.DatabaseInfo;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.ui.DeskWindow;

/** The first screen: the center's name and what its data file holds, counted in the background. */
public final class OverviewController {

    private static final List<String> COUNTED = List.of("person", "organization", "workshop", "registration",
            "innovator", "solution", "agency_need", "solution_match", "consultation");

    private final DeskWindow window;
    private final CenterContext context;

    @FXML
    private Label titleLabel;
    @FXML
    private Label subtitleLabel;
    @FXML
    private FlowPane countsPane;
    @FXML
    private FlowPane pipelinePane;
    @FXML
    private Label overdueLabel;

    public OverviewController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
    }

    private record Figures(Center center, Map<String, Integer> counts, Map<MatchStage, Integer> pipeline,
            int overdue) {
    }

    @FXML
    private void initialize() {
        window.background().run(() -> new Figures(context.centerService().center().orElse(null),
                DatabaseInfo.counts(context.database()),
                context.matchService().pipeline(), context.consultationService().overdue().size()), this::show);
    }

    private void show(Figures figures) {
        boolean english = "en".equals(window.messages().locale().getLanguage());
        if (figures.center() != null) {
            titleLabel.setText(figures.center().name(english));
            subtitleLabel.setText(figures.center().code()
                    + (figures.center().address() == null ? "" : "  ·  " + figures.center().address()));
        }
        Map<String, Integer> shown = new LinkedHashMap<>();
        COUNTED.forEach(table -> shown.put(table, figures.counts().getOrDefault(table, 0)));
        countsPane.getChildren().clear();
        shown.forEach((table, count) -> countsPane.getChildren().add(card(
                window.messages().get("overview.count." + table), count)));
        pipelinePane.getChildren().clear();
        figures.pipeline().forEach((stage, count) -> pipelinePane.getChildren().add(card(
                window.messages().get("match.stage." + stage.code()), count)));
        overdueLabel.setText(window.messages().get("overview.overdue", figures.overdue()));
    }

    private VBox card(String label, int value) {
        Label number = new Label(String.format(window.messages().locale(), "%,d", value));
        number.getStyleClass().add("card-number");
        Label caption = new Label(label);
        caption.getStyleClass().add("card-caption");
        caption.setWrapText(true);
        VBox card = new VBox(4, number, caption);
        card.getStyleClass().add("card");
        return card;
    }
}
