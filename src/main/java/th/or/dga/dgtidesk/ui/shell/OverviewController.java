package th.or.dga.dgtidesk.ui.shell;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.consultation.ActionItem;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiComparison;
import th.or.dga.dgtidesk.kpi.KpiPeriod;
import th.or.dga.dgtidesk.kpi.KpiRecord;
import th.or.dga.dgtidesk.kpi.KpiSnapshot;
import th.or.dga.dgtidesk.kpi.WeekPoint;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.View;
import th.or.dga.dgtidesk.workshop.WorkshopFilter;
import th.or.dga.dgtidesk.workshop.WorkshopRow;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * The dashboard, the first screen: this week against last week and the fiscal year to date for
 * the main KPIs (all from the one KPI module), twelve weeks of registrations and attendance, the
 * match pipeline, upcoming workshops with seats left, and overdue action items. Every number opens
 * the records behind it (from the KPI module, the same definition as the number) on a page over
 * the dashboard; an upcoming workshop and an overdue item open their own pages.
 */
public final class OverviewController {

    public static final List<Kpi> SHOWN = List.of(Kpi.REGISTRATIONS, Kpi.ATTENDED, Kpi.ATTENDANCE_RATE, Kpi.WORKSHOPS_HELD,
            Kpi.UNIQUE_PARTICIPANTS, Kpi.CONSULTATIONS_HELD, Kpi.NEEDS_RECEIVED, Kpi.MATCHES_CREATED, Kpi.ADOPTIONS);
    private static final int WEEKS = 12;
    private static final int UPCOMING = 8;

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final RecordPages pages;
    private CalendarSystem calendar = CalendarSystem.BUDDHIST;

    @FXML private StackPane root;
    @FXML private ScrollPane dashboard;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label weekLabel;
    @FXML private FlowPane kpiPane;
    @FXML private LineChart<String, Number> weeksChart;
    @FXML private ListView<WorkshopRow> upcomingList;
    @FXML private FlowPane pipelinePane;
    @FXML private Label overdueLabel;
    @FXML private ListView<ActionItem> overdueList;

    public OverviewController(DeskWindow window, CenterContext context, RecordPages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.pages = pages;
    }

    private record Figures(Center center, LocalDate today, KpiComparison week, List<WeekPoint> weeks,
            Map<MatchStage, Integer> pipeline, List<WorkshopRow> upcoming, List<ActionItem> overdue,
            CalendarSystem calendar) {
    }

    @FXML
    private void initialize() {
        opensSelected(upcomingList, row -> pages.workshop(row.id()));
        opensSelected(overdueList, item -> pages.consultation(item.consultationId()));
        upcomingList.setPlaceholder(new Label(messages.get("overview.upcoming.none")));
        overdueList.setPlaceholder(new Label(messages.get("overview.overdue.none")));
        window.background().run(this::figures, this::show);
    }

    private Figures figures() {
        LocalDate today = Times.toBangkok(Times.nowUtc(context.clock())).toLocalDate();
        List<WorkshopRow> upcoming = context.workshopQueries()
                .list(new WorkshopFilter(WorkshopStatus.OPEN, null, null, null)).stream()
                .filter(w -> !w.startsAt().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(WorkshopRow::startsAt)).limit(UPCOMING).toList();
        return new Figures(context.centerService().center().orElse(null), today,
                context.kpiService().comparison(KpiPeriod.week(today)), context.kpiService().weeklySeries(today, WEEKS),
                context.kpiService().pipeline(), upcoming, context.consultationService().overdue(),
                CalendarSystem.fromSetting(context.centerService().setting(Setting.CALENDAR)));
    }

    /** Enter or a double click on an item of {@code list} opens it. */
    private static <T> void opensSelected(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(event -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && selected != null) {
                open.accept(selected);
            }
        });
        list.setOnKeyPressed(event -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
    }

    private void show(Figures figures) {
        calendar = figures.calendar();
        if (figures.center() != null) {
            titleLabel.setText(figures.center().name(Messages.isEnglish(messages.locale())));
            subtitleLabel.setText(figures.center().code()
                    + (figures.center().address() == null ? "" : "  ·  " + figures.center().address()));
        }
        KpiComparison week = figures.week();
        weekLabel.setText(messages.get("overview.week",
                ThaiDates.mediumDate(week.period().start(), calendar, messages.locale()),
                ThaiDates.mediumDate(week.period().end(), calendar, messages.locale())));
        kpiPane.getChildren().setAll(SHOWN.stream().map(kpi -> kpiCard(kpi, week)).toList());
        XYChart.Series<String, Number> registrations = new XYChart.Series<>();
        registrations.setName(Kpi.REGISTRATIONS.displayName(messages));
        XYChart.Series<String, Number> attended = new XYChart.Series<>();
        attended.setName(Kpi.ATTENDED.displayName(messages));
        for (WeekPoint point : figures.weeks()) {
            LocalDate monday = point.week().start();
            String label = monday.getDayOfMonth() + "/" + monday.getMonthValue();
            registrations.getData().add(new XYChart.Data<>(label, point.registrations()));
            attended.getData().add(new XYChart.Data<>(label, point.attended()));
        }
        weeksChart.getData().setAll(List.of(registrations, attended));
        pipelinePane.getChildren().setAll(figures.pipeline().entrySet().stream().map(e -> stageCard(e.getKey(),
                e.getValue())).toList());
        upcomingList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(WorkshopRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : ThaiDates.shortDate(row.startsAt().toLocalDate(), calendar)
                        + "  " + row.titleTh() + "\n" + seats(row));
            }
        });
        upcomingList.setItems(FXCollections.observableArrayList(figures.upcoming()));
        overdueLabel.setText(messages.get("overview.overdue", figures.overdue().size()));
        overdueList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ActionItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.what() + "  ·  "
                        + messages.get("overview.daysOverdue", item.daysOverdue(figures.today())));
                getStyleClass().remove("overdue-item");
                if (!empty && item != null) {
                    getStyleClass().add("overdue-item");
                }
            }
        });
        overdueList.setItems(FXCollections.observableArrayList(figures.overdue()));
    }

    private String seats(WorkshopRow row) {
        if (row.capacity() == null) {
            return messages.get("workshops.seatsUnlimited", row.seatsTaken());
        }
        int left = Math.max(0, row.capacity() - row.seatsTaken());
        return messages.get("overview.seatsLeft", left, row.capacity())
                + (row.waiting() == 0 ? "" : "  ·  " + messages.get("workshops.waiting", row.waiting()));
    }

    private VBox kpiCard(Kpi kpi, KpiComparison week) {
        FlowPane compare = new FlowPane(4, 0, new Label(messages.get("overview.compare.previous")),
                recordsLink(kpi, week.previous()), new Label(messages.get("overview.compare.year")),
                recordsLink(kpi, week.yearToDate()));
        compare.getStyleClass().add("card-footnote");
        VBox card = card(recordsLink(kpi, week.current()), kpi.displayName(messages));
        card.getChildren().add(compare);
        card.getStyleClass().add("kpi-card");
        javafx.scene.control.Tooltip.install(card, new javafx.scene.control.Tooltip(kpi.definition(messages)));
        return card;
    }

    /** A number that opens the records behind it. */
    private Hyperlink recordsLink(Kpi kpi, KpiSnapshot snapshot) {
        DateRange range = snapshot.range();
        String title = messages.get("overview.records.title", kpi.displayName(messages),
                ThaiDates.mediumDate(range.start(), calendar, messages.locale()),
                ThaiDates.mediumDate(range.end(), calendar, messages.locale()));
        return link(format(kpi, snapshot), title, () -> context.kpiService().records(kpi, range));
    }

    private VBox stageCard(MatchStage stage, int matches) {
        String name = messages.get("match.stage." + stage.code());
        return card(link(String.format(messages.locale(), "%,d", matches), messages.get("overview.records.stage", name),
                () -> context.kpiService().matchesInStage(stage)), name);
    }

    private Hyperlink link(String number, String title, Supplier<List<KpiRecord>> records) {
        Hyperlink link = new Hyperlink(number);
        link.getStyleClass().add("records-link");
        link.setOnAction(event -> showRecords(title, records));
        return link;
    }

    /** The records page over the dashboard; Back returns to the dashboard as it was. */
    private void showRecords(String title, Supplier<List<KpiRecord>> records) {
        Parent page = window.loader().register(KpiRecordsController.class, () -> new KpiRecordsController(window,
                title, records, calendar, pages, this::closeRecords)).load(View.KPI_RECORDS).root();
        dashboard.setVisible(false);
        root.getChildren().add(page);
    }

    private void closeRecords() {
        root.getChildren().retainAll(dashboard);
        dashboard.setVisible(true);
    }

    private String format(Kpi kpi, KpiSnapshot snapshot) {
        Double value = snapshot.value(kpi);
        if (value == null) {
            return "–";
        }
        return switch (kpi.unit()) {
            case PERCENT -> String.format(messages.locale(), "%.0f%%", value * 100);
            case BAHT -> String.format(messages.locale(), "฿%,.0f", value);
            case COUNT -> String.format(messages.locale(), "%,d", value.longValue());
        };
    }

    private VBox card(Hyperlink number, String caption) {
        number.getStyleClass().add("card-number");
        Label title = new Label(caption);
        title.getStyleClass().add("card-caption");
        title.setWrapText(true);
        // A wrapped label in a fixed-width card must ask for its full height, or JavaFX draws a line twice.
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox card = new VBox(4, number, title);
        card.getStyleClass().add("card");
        return card;
    }
}
