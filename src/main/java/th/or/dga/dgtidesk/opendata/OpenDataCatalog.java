package th.or.dga.dgtidesk.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiService;
import th.or.dga.dgtidesk.kpi.KpiSnapshot;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.opendata.OpenDataRepository.InnovatorRow;
import th.or.dga.dgtidesk.opendata.OpenDataRepository.NeedRow;
import th.or.dga.dgtidesk.opendata.OpenDataRepository.SolutionRow;
import th.or.dga.dgtidesk.opendata.OpenDataRepository.WorkshopRow;

/**
 * The datasets of DESIGN.md "Open data", anonymised: counts of people come from the KPI module
 * and are suppressed below 5 (with complementary suppression where a total is published);
 * records of innovators and needs only where they consented or were marked public. Columns are
 * English snake_case; dates ISO; Buddhist-era years in their own column.
 */
public final class OpenDataCatalog {

    static final String COUNT = "integer or <5 or x";
    private static final String TOTAL = "total";

    private final Transactions transactions;
    private final OpenDataRepository repository;
    private final KpiService kpis;
    private final Messages thai = Messages.ofLanguage("th");

    public OpenDataCatalog(Transactions transactions, OpenDataRepository repository, KpiService kpis) {
        this.transactions = transactions;
        this.repository = repository;
        this.kpis = kpis;
    }

    /** Every dataset, as of {@code today} (Bangkok): yearly breakdowns run up to today's fiscal year. */
    public List<OpenDataset> datasets(LocalDate today) {
        List<FiscalYear> years = fiscalYears(today);
        List<KpiSnapshot> snapshots = years.stream().map(y -> kpis.snapshot(y.toDate(today))).toList();
        return List.of(workshops(), bySector(years, snapshots), byProvince(years, snapshots), innovators(),
                solutions(), needs(), pipeline(kpis.pipeline()));
    }

    private List<FiscalYear> fiscalYears(LocalDate today) {
        List<FiscalYear> years = new ArrayList<>();
        LocalDate first = transactions.read(repository::firstWorkshopDay).orElse(today);
        for (int y = FiscalYear.of(first).beYear(); y <= FiscalYear.of(today).beYear(); y++) {
            years.add(new FiscalYear(y));
        }
        return years;
    }

    private static int beYear(LocalDate date) {
        return date.getYear() + CalendarSystem.BE_OFFSET;
    }

    private OpenDataset workshops() {
        List<WorkshopRow> workshops = transactions.read(repository::workshops);
        List<List<String>> rows = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (WorkshopRow w : workshops) {
            int fiscal = FiscalYear.of(w.startsAt().toLocalDate()).beYear();
            first = first == 0 ? fiscal : first;
            last = fiscal;
            // No total is published per workshop, so a small count needs no complementary cell.
            Suppression.Mark mark = Suppression.apply(new long[] {w.attended()}, List.of())[0];
            rows.add(List.of(w.code(), w.titleTh(), text(w.titleEn()), w.kind(), w.startsAt().toLocalDate().toString(),
                    w.startsAt().toLocalTime().toString(), w.endsAt().toLocalDate().toString(),
                    w.endsAt().toLocalTime().toString(), Integer.toString(fiscal), w.status(),
                    w.capacity() == null ? "" : w.capacity().toString(),
                    w.status().equals("completed") ? mark.format(w.attended()) : ""));
        }
        return new OpenDataset("workshops", "กิจกรรมของศูนย์ DGTi", "DGTi center workshops",
                "กิจกรรมอบรม ออกแบบร่วม แฮกกาธอน และกิจกรรมจับคู่ที่ศูนย์จัด พร้อมจำนวนผู้เข้าร่วม",
                "Trainings, co-design sessions, hackathons and matching sessions run by the center, with attendance.",
                "ข้อมูลระเบียน", List.of(
                        field("workshop_code", "string", "รหัสกิจกรรม", "Workshop code"),
                        field("title_th", "string", "ชื่อกิจกรรม (ไทย)", "Title in Thai"),
                        field("title_en", "string", "ชื่อกิจกรรม (อังกฤษ)", "Title in English"),
                        field("kind", "string", "ประเภท: training, co_design, hackathon, demo_day, matching_session, other",
                                "Kind: training, co_design, hackathon, demo_day, matching_session, other"),
                        field("start_date", "date (ISO 8601)", "วันที่เริ่ม (ค.ศ.)", "Start date"),
                        field("start_time", "time", "เวลาเริ่ม (เวลาประเทศไทย)", "Start time (Bangkok)"),
                        field("end_date", "date (ISO 8601)", "วันที่สิ้นสุด (ค.ศ.)", "End date"),
                        field("end_time", "time", "เวลาสิ้นสุด (เวลาประเทศไทย)", "End time (Bangkok)"),
                        field("fiscal_year_be", "integer", "ปีงบประมาณ (พ.ศ.) ที่เริ่มกิจกรรม",
                                "Thai fiscal year (Buddhist era) of the start"),
                        field("status", "string", "สถานะ: open, closed, completed, cancelled",
                                "Status: open, closed, completed, cancelled"),
                        field("capacity", "integer", "จำนวนที่นั่ง (ว่าง = ไม่จำกัด)", "Seats (empty = unlimited)"),
                        field("attended", COUNT, "จำนวนผู้เข้าร่วม เฉพาะกิจกรรมที่เสร็จสิ้น (1-4 แสดงเป็น <5)",
                                "People who attended, completed workshops only (1-4 shown as <5)")),
                rows, first, last);
    }

    private OpenDataset bySector(List<FiscalYear> years, List<KpiSnapshot> snapshots) {
        List<String> sectors = List.of("government_agency", "state_enterprise", "university", "startup", "company",
                "community_group", "other", KpiSnapshot.UNKNOWN);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            KpiSnapshot snapshot = snapshots.get(i);
            yearGroup(rows, years.get(i), sectors, snapshot.participantsBySector(),
                    snapshot.count(Kpi.UNIQUE_PARTICIPANTS), code -> thai.get("kpi.sector." + code));
        }
        return breakdown("attendance_by_sector", "ผู้เข้าร่วมกิจกรรมจำแนกตามภาคส่วน",
                "Workshop participants by sector", "sector",
                field("sector", "string", "ภาคส่วน (ประเภทองค์กร): government_agency, state_enterprise, university, "
                        + "startup, company, community_group, other, unknown; total = ทุกภาคส่วน",
                        "Sector (organization kind): government_agency, state_enterprise, university, startup, "
                                + "company, community_group, other, unknown; total = all sectors"),
                field("sector_th", "string", "ชื่อภาคส่วนภาษาไทย", "Sector name in Thai"), rows, years);
    }

    private OpenDataset byProvince(List<FiscalYear> years, List<KpiSnapshot> snapshots) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            KpiSnapshot snapshot = snapshots.get(i);
            List<String> provinces = new ArrayList<>(new TreeSet<>(snapshot.participantsByProvince().keySet()));
            yearGroup(rows, years.get(i), provinces, snapshot.participantsByProvince(),
                    snapshot.count(Kpi.UNIQUE_PARTICIPANTS),
                    code -> KpiSnapshot.UNKNOWN.equals(code) ? thai.get("kpi.province.unknown") : code);
        }
        return breakdown("attendance_by_province", "ผู้เข้าร่วมกิจกรรมจำแนกตามจังหวัด",
                "Workshop participants by province", "province",
                field("province", "string", "จังหวัดของผู้เข้าร่วม (หรือขององค์กร); unknown = ไม่ระบุ; total = ทุกจังหวัด",
                        "Province of the participant (or of their organization); unknown = not stated; "
                                + "total = all provinces"),
                field("province_th", "string", "ชื่อจังหวัดภาษาไทย", "Province name in Thai"), rows, years);
    }

    /**
     * One fiscal year's cells and its total, suppressed together: the total is published, so the
     * year is one group for complementary suppression.
     */
    private static void yearGroup(List<List<String>> rows, FiscalYear year, List<String> keys,
            Map<String, Long> counts, long total, Function<String, String> thaiLabel) {
        long[] cells = new long[keys.size() + 1];
        int[] group = new int[cells.length];
        for (int k = 0; k < keys.size(); k++) {
            cells[k] = counts.getOrDefault(keys.get(k), 0L);
            group[k] = k;
        }
        cells[keys.size()] = total;
        group[keys.size()] = keys.size();
        Suppression.Mark[] marks = Suppression.apply(cells, List.<int[]>of(group));
        for (int k = 0; k <= keys.size(); k++) {
            String key = k < keys.size() ? keys.get(k) : TOTAL;
            rows.add(List.of(Integer.toString(year.beYear()), year.start().toString(), year.end().toString(), key,
                    k < keys.size() ? thaiLabel.apply(key) : "รวม", marks[k].format(cells[k])));
        }
    }

    private OpenDataset breakdown(String name, String titleTh, String titleEn, String what, OpenDataset.Field key,
            OpenDataset.Field keyTh, List<List<String>> rows, List<FiscalYear> years) {
        return new OpenDataset(name, titleTh, titleEn,
                titleTh + " รายปีงบประมาณ นับบุคคลละหนึ่งครั้งต่อปี จำนวน 1-4 แสดงเป็น <5 และปกปิดช่องเสริม (x) "
                        + "เพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้",
                titleEn + " per fiscal year, each person counted once a year; counts of 1-4 are shown as <5 and "
                        + "a second cell is hidden (x) where the total would otherwise reveal them",
                "ข้อมูลสถิติ", List.of(
                        field("fiscal_year_be", "integer", "ปีงบประมาณ (พ.ศ.)", "Thai fiscal year (Buddhist era)"),
                        field("period_start", "date (ISO 8601)", "วันเริ่มของช่วงข้อมูล", "First day counted"),
                        field("period_end", "date (ISO 8601)", "วันสุดท้ายของช่วงข้อมูล (ปีปัจจุบันถึงวันที่ส่งออก)",
                                "Last day counted (the current year runs to the export date)"),
                        key, keyTh,
                        field("participants", COUNT, "จำนวนผู้เข้าร่วม (ไม่นับซ้ำ) ตาม" + ("sector".equals(what)
                                ? "ภาคส่วน" : "จังหวัด"), "Unique participants by " + what)),
                rows, years.isEmpty() ? 0 : years.get(0).beYear(),
                years.isEmpty() ? 0 : years.get(years.size() - 1).beYear());
    }

    private OpenDataset innovators() {
        List<List<String>> rows = new ArrayList<>();
        int last = 0;
        for (InnovatorRow i : transactions.read(repository::consentingInnovators)) {
            rows.add(List.of(i.id(), i.name(), i.kind(), i.rosterStatus(), date(i.joinedOn()),
                    i.joinedOn() == null ? "" : Integer.toString(beYear(i.joinedOn())), text(i.cohort()),
                    text(i.province())));
            last = i.joinedOn() == null ? last : Math.max(last, beYear(i.joinedOn()));
        }
        return new OpenDataset("innovators", "ทำเนียบนวัตกร", "Innovator roster",
                "นวัตกรในทำเนียบของศูนย์ เฉพาะผู้ที่ยินยอมให้เผยแพร่", "Innovators on the center's roster who "
                        + "consented to publication", "ข้อมูลระเบียน", List.of(
                        field("innovator_id", "string (UUID)", "รหัสนวัตกร", "Innovator id"),
                        field("name", "string", "ชื่อนวัตกร", "Innovator name"),
                        field("kind", "string", "ประเภท: startup, university_team, company, individual, community",
                                "Kind: startup, university_team, company, individual, community"),
                        field("roster_status", "string", "สถานะ: applicant, active, alumni, inactive",
                                "Roster status: applicant, active, alumni, inactive"),
                        field("joined_on", "date (ISO 8601)", "วันที่เข้าร่วมทำเนียบ", "Joined the roster on"),
                        field("joined_year_be", "integer", "ปีที่เข้าร่วม (พ.ศ.)", "Year joined (Buddhist era)"),
                        field("cohort", "string", "รุ่น", "Cohort"),
                        field("province", "string", "จังหวัดขององค์กร", "Province of the organization")),
                rows, 0, last);
    }

    private OpenDataset solutions() {
        List<List<String>> rows = new ArrayList<>();
        for (SolutionRow s : transactions.read(repository::solutionsOfConsentingInnovators)) {
            rows.add(List.of(s.id(), s.innovatorId(), s.name(), text(s.summary()),
                    s.trl() == null ? "" : s.trl().toString(), text(s.serviceAreas()), text(s.link())));
        }
        return new OpenDataset("solutions", "โซลูชันของนวัตกร", "Innovators' solutions",
                "โซลูชันของนวัตกรที่ยินยอมให้เผยแพร่", "Solutions of the innovators who consented to publication",
                "ข้อมูลระเบียน", List.of(
                        field("solution_id", "string (UUID)", "รหัสโซลูชัน", "Solution id"),
                        field("innovator_id", "string (UUID)", "รหัสนวัตกร (ดู innovators.csv)",
                                "Innovator id (see innovators.csv)"),
                        field("name", "string", "ชื่อโซลูชัน", "Solution name"),
                        field("summary", "string", "สรุป", "Summary"),
                        field("trl", "integer", "ระดับความพร้อมของเทคโนโลยี (TRL 1-9)",
                                "Technology readiness level (1-9)"),
                        field("service_areas", "string", "ด้านบริการ (คั่นด้วยจุลภาค)",
                                "Service areas (comma-separated)"),
                        field("link", "string (URL)", "ลิงก์", "Link")),
                rows, 0, 0);
    }

    private OpenDataset needs() {
        List<List<String>> rows = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (NeedRow n : transactions.read(repository::publicNeeds)) {
            int fiscal = FiscalYear.of(n.receivedOn()).beYear();
            first = first == 0 ? fiscal : Math.min(first, fiscal);
            last = Math.max(last, fiscal);
            rows.add(List.of(n.id(), n.agency(), n.agencyKind(), n.title(), text(n.problem()),
                    text(n.desiredOutcome()), n.priority(), n.receivedOn().toString(), Integer.toString(fiscal),
                    n.status()));
        }
        return new OpenDataset("agency_needs", "ความต้องการของหน่วยงานภาครัฐ", "Public agency needs",
                "ความต้องการด้านเทคโนโลยีดิจิทัลของหน่วยงาน เฉพาะที่หน่วยงานให้เผยแพร่",
                "Agencies' digital technology needs, only those marked public", "ข้อมูลระเบียน", List.of(
                        field("need_id", "string (UUID)", "รหัสความต้องการ", "Need id"),
                        field("agency", "string", "หน่วยงาน", "Agency"),
                        field("agency_kind", "string", "ประเภทหน่วยงาน", "Agency kind"),
                        field("title", "string", "หัวข้อ", "Title"),
                        field("problem_statement", "string", "ปัญหา", "Problem statement"),
                        field("desired_outcome", "string", "ผลลัพธ์ที่ต้องการ", "Desired outcome"),
                        field("priority", "string", "ความสำคัญ: low, normal, high, urgent",
                                "Priority: low, normal, high, urgent"),
                        field("received_on", "date (ISO 8601)", "วันที่ศูนย์รับเรื่อง", "Received on"),
                        field("fiscal_year_be", "integer", "ปีงบประมาณที่รับเรื่อง (พ.ศ.)",
                                "Fiscal year received (Buddhist era)"),
                        field("status", "string", "สถานะ: open, matching, matched, closed",
                                "Status: open, matching, matched, closed")),
                rows, first, last);
    }

    private OpenDataset pipeline(Map<MatchStage, Integer> pipeline) {
        MatchStage[] stages = MatchStage.values();
        long[] cells = new long[stages.length + 1];
        int[] group = new int[cells.length];
        for (int s = 0; s < stages.length; s++) {
            cells[s] = pipeline.getOrDefault(stages[s], 0);
            cells[stages.length] += cells[s];
            group[s] = s;
        }
        group[stages.length] = stages.length;
        Suppression.Mark[] marks = Suppression.apply(cells, List.<int[]>of(group));
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s <= stages.length; s++) {
            rows.add(List.of(s < stages.length ? stages[s].code() : TOTAL,
                    s < stages.length ? thai.get("match.stage." + stages[s].code()) : "รวม",
                    marks[s].format(cells[s])));
        }
        return new OpenDataset("match_pipeline", "การจับคู่ความต้องการกับโซลูชันตามขั้น", "Match pipeline by stage",
                "จำนวนการจับคู่ตามขั้นปัจจุบัน (ข้อมูลรวม)", "Matches by their current stage, in aggregate",
                "ข้อมูลสถิติ", List.of(
                        field("stage", "string", "ขั้น: proposed, introduced, in_discussion, pilot, adopted, declined, "
                                + "parked; total = ทุกขั้น", "Stage: proposed, introduced, in_discussion, pilot, "
                                + "adopted, declined, parked; total = all stages"),
                        field("stage_th", "string", "ชื่อขั้นภาษาไทย", "Stage name in Thai"),
                        field("matches", COUNT, "จำนวนการจับคู่", "Number of matches")),
                rows, 0, 0);
    }

    private static OpenDataset.Field field(String name, String type, String th, String en) {
        return new OpenDataset.Field(name, type, th, en);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
