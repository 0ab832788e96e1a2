package th.or.dga.dgtidesk.kpi;

import java.util.Locale;
import th.or.dga.dgtidesk.common.Messages;

/**
 * Every KPI of DESIGN.md "KPIs", defined once: its unit and, in the i18n bundles, its name and
 * the sentence that says exactly what is counted ({@code kpi.<code>.name}, {@code kpi.<code>.definition}).
 * The queries behind them are in {@link KpiRepository}; the dashboard, the weekly report, the open
 * data and the command line all read them through {@link KpiService}.
 */
public enum Kpi {
    WORKSHOPS_HELD(Unit.COUNT),
    REGISTRATIONS(Unit.COUNT),
    ATTENDED(Unit.COUNT),
    NO_SHOWS(Unit.COUNT),
    ATTENDANCE_RATE(Unit.PERCENT),
    UNIQUE_PARTICIPANTS(Unit.COUNT),
    NEW_INNOVATORS(Unit.COUNT),
    ACTIVE_ROSTER(Unit.COUNT),
    CONSULTATIONS_HELD(Unit.COUNT),
    ACTION_ITEMS_OPEN(Unit.COUNT),
    ACTION_ITEMS_OVERDUE(Unit.COUNT),
    ACTION_ITEMS_DONE(Unit.COUNT),
    NEEDS_RECEIVED(Unit.COUNT),
    MATCHES_CREATED(Unit.COUNT),
    MATCHES_ADVANCED(Unit.COUNT),
    PILOTS_STARTED(Unit.COUNT),
    ADOPTIONS(Unit.COUNT),
    ESTIMATED_VALUE(Unit.BAHT),
    REALISED_VALUE(Unit.BAHT);

    /** How a value is shown: a whole count, a share 0–1 shown as a percentage, or baht. */
    public enum Unit { COUNT, PERCENT, BAHT }

    private final Unit unit;

    Kpi(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** "workshops_held": the key in the bundles and the field name in JSON and CSV. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName(Messages messages) {
        return messages.get("kpi." + code() + ".name");
    }

    public String definition(Messages messages) {
        return messages.get("kpi." + code() + ".definition");
    }
}
