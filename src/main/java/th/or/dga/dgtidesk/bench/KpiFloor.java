package th.or.dga.dgtidesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Times;

/**
 * The KPI module's questions for one period as the same plain JDBC statements (one statement
 * answers several KPIs where the module's does too): the least computing every KPI can cost on this file.
 */
final class KpiFloor implements AutoCloseable {

    private static final String HELD = "w.starts_at >= ?1 AND w.starts_at < ?2 AND w.status NOT IN ('draft', 'cancelled')";
    private static final String[] SQL = {
        "SELECT count(*) FROM workshop w WHERE " + HELD,
        "SELECT count(*) FROM registration r JOIN workshop w ON w.id = r.workshop_id WHERE r.registered_at >= ?1"
                + " AND r.registered_at < ?2 AND r.status <> 'cancelled' AND w.status <> 'cancelled'",
        "SELECT count(*) FILTER (WHERE r.status = 'attended'), count(*) FILTER (WHERE r.status = 'no_show')"
                + " FROM workshop w JOIN registration r ON r.workshop_id = w.id WHERE " + HELD
                + " AND r.status IN ('attended', 'no_show')",
        "SELECT o.kind, coalesce(s.province, o.province), count(DISTINCT s.id) FROM (SELECT DISTINCT r.person_id"
                + " FROM workshop w JOIN registration r ON r.workshop_id = w.id WHERE " + HELD
                + " AND r.status = 'attended') a JOIN person p ON p.id = a.person_id"
                + " JOIN person s ON s.id = coalesce(p.merged_into_id, p.id)"
                + " LEFT JOIN organization o ON o.id = s.organization_id GROUP BY 1, 2",
        "SELECT count(*) FILTER (WHERE joined_on BETWEEN ?3 AND ?4), count(*) FILTER (WHERE roster_status = 'active'"
                + " AND (joined_on IS NULL OR joined_on <= ?4)) FROM innovator",
        "SELECT count(*) FROM consultation WHERE held_at >= ?1 AND held_at < ?2",
        "SELECT count(*), count(*) FILTER (WHERE due_on < ?4) FROM action_item WHERE created_at < ?2"
                + " AND (done_at IS NULL OR done_at >= ?2)",
        "SELECT count(*) FROM action_item WHERE done_at >= ?1 AND done_at < ?2",
        "SELECT count(*) FROM agency_need WHERE received_on BETWEEN ?3 AND ?4",
        "SELECT to_stage, count(*), count(*) FILTER (WHERE from_stage IS NULL) FROM match_stage_change"
                + " WHERE changed_at >= ?1 AND changed_at < ?2 GROUP BY to_stage",
        "SELECT sum(m.estimated_value_satang) FILTER (WHERE c.from_stage IS NULL),"
                + " sum(m.realised_value_satang) FILTER (WHERE c.to_stage = 'adopted') FROM match_stage_change c"
                + " JOIN solution_match m ON m.id = c.match_id WHERE c.changed_at >= ?1 AND c.changed_at < ?2"
                + " AND (c.from_stage IS NULL OR c.to_stage = 'adopted')",
    };

    private final List<PreparedStatement> statements = new ArrayList<>();

    KpiFloor(Connection connection) throws SQLException {
        for (String sql : SQL) {
            statements.add(connection.prepareStatement(sql));
        }
    }

    void run(DateRange range) throws SQLException {
        // The text jOOQ stores and binds for a timestamp (java.sql.Timestamp#toString), so the text compares alike.
        String from = Timestamp.valueOf(Times.fromBangkok(range.start().atStartOfDay())).toString();
        String to = Timestamp.valueOf(Times.fromBangkok(range.end().plusDays(1).atStartOfDay())).toString();
        for (PreparedStatement statement : statements) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            Object[] values = {from, to, range.start().toString(), range.end().toString()};
            for (int p = 1; p <= parameters; p++) {
                statement.setObject(p, values[p - 1]);
            }
            Floors.drain(statement);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.close();
        }
    }
}
