package th.or.dga.dgtidesk.demo;

import static th.or.dga.dgtidesk.db.generated.Tables.ACTION_ITEM;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.CENTER;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSENT;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.MATCH_STAGE_CHANGE;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.STAFF;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP_TAG;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.BulkLoad;
import th.or.dga.dgtidesk.db.Transactions;

/**
 * Deterministic demo data: the same seed and clock give the same rows, ids included. Realistic
 * Thai people, agencies, startups and universities; workshops across ten fiscal years up to today
 * with registrations that follow the registration rules; innovators and solutions; needs and
 * matches in every stage with their history; consultations with action items; consent records.
 * Everything is written in one transaction, in batches.
 */
public final class DemoDataGenerator {

    private final Transactions transactions;
    private final Clock clock;

    public DemoDataGenerator(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public DemoSummary generate(DemoScale scale, long seed, DemoProgress progress) {
        return transactions.write(tx -> new Run(tx, scale, seed, progress).all());
    }

    /** One generator run; its fields are what later steps link to. */
    private final class Run {
        private static final int STEPS = 10;

        private final DSLContext tx;
        private final DemoScale scale;
        private final long seed;
        private final SplittableRandom random;
        private final DemoProgress progress;
        private final BatchWriter writer;
        private final LocalDateTime now = Times.nowUtc(clock);
        private final LocalDate today = Times.toBangkok(now).toLocalDate();
        private final LocalDate firstDay;

        private String admin;
        private final List<String> staff = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Org> orgs = new ArrayList<>();
        private final List<String> agencies = new ArrayList<>();
        private final List<String> people = new ArrayList<>();
        private final List<String> peopleOrg = new ArrayList<>();
        private final List<String> solutions = new ArrayList<>();
        private final List<String> innovatorOfSolution = new ArrayList<>();
        private final List<String> needs = new ArrayList<>();
        private final List<LocalDate> needReceived = new ArrayList<>();
        private final List<String> matches = new ArrayList<>();
        private final Set<String> registeredPeople = new HashSet<>();
        private int step;

        private record Org(String id, String kind, String name, String province) {
        }

        Run(DSLContext tx, DemoScale scale, long seed, DemoProgress progress) {
            this.tx = tx;
            this.scale = scale;
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.progress = progress;
            this.writer = new BatchWriter(tx);
            LocalDate fiscalYearStart = LocalDate.of(today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1,
                    10, 1);
            this.firstDay = fiscalYearStart.minusYears(9);
        }

        DemoSummary all() {
            BulkLoad.deferForeignKeys(tx);
            step("center and staff");
            centerAndStaff();
            step("tags");
            tags();
            step("organizations");
            organizations();
            step("people");
            people();
            step("workshops and registrations");
            workshops();
            step("consent");
            consent();
            step("innovators and solutions");
            innovators();
            step("needs");
            needs();
            step("matches");
            matches();
            step("consultations");
            consultations();
            writer.counts().merge("audit_entry", 1, Integer::sum);
            tx.insertInto(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.ID, id()).set(AUDIT_ENTRY.AT, now).set(AUDIT_ENTRY.STAFF_ID, admin)
                    .set(AUDIT_ENTRY.ENTITY, "demo").set(AUDIT_ENTRY.ACTION, "create")
                    .set(AUDIT_ENTRY.SUMMARY, "demo data " + scale.code() + ", seed " + seed)
                    .set(AUDIT_ENTRY.CREATED_AT, now).set(AUDIT_ENTRY.UPDATED_AT, now).set(AUDIT_ENTRY.UPDATED_BY, admin)
                    .execute();
            progress.update(STEPS, STEPS, "done");
            return new DemoSummary(writer.counts());
        }

        private void step(String name) {
            progress.update(step++, STEPS, name);
        }

        // ---------------------------------------------------------------- helpers

        private String id() {
            long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
            long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb).toString();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private LocalDate dayBetween(LocalDate from, LocalDate to) {
            long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return from.plusDays(random.nextLong(days));
        }

        /** A working-day time in Bangkok, as stored UTC. */
        private LocalDateTime workingTime(LocalDate day, int fromHour, int toHour) {
            LocalDate weekday = switch (day.getDayOfWeek()) {
                case SATURDAY -> day.plusDays(2);
                case SUNDAY -> day.plusDays(1);
                default -> day;
            };
            return Times.fromBangkok(weekday.atTime(fromHour + random.nextInt(Math.max(1, toHour - fromHour)),
                    random.nextInt(4) * 15));
        }

        private String province() {
            return chance(0.6) ? pick(DemoVocabulary.PROVINCES_EEC) : pick(DemoVocabulary.PROVINCES_OTHER);
        }

        // ---------------------------------------------------------------- steps

        private void centerAndStaff() {
            if (!tx.fetchExists(STAFF)) {
                String[][] members = {{"admin", "ผู้ดูแลระบบ ศูนย์ DGTi", "admin"},
                        {"somying", "สมหญิง ใจดี", "coordinator"}, {"thanaphon", "ธนพล ศรีสุข", "coordinator"},
                        {"kanokporn", "กนกพร แสงทอง", "coordinator"}, {"anucha", "อนุชา รักไทย", "coordinator"},
                        {"viewer", "ผู้บริหาร (ดูข้อมูล)", "viewer"}};
                try (BatchWriter.Rows rows = writer.into(STAFF, STAFF.ID, STAFF.USERNAME, STAFF.DISPLAY_NAME, STAFF.ROLE,
                        STAFF.ACTIVE, STAFF.CREATED_AT, STAFF.UPDATED_AT, STAFF.UPDATED_BY)) {
                    for (String[] member : members) {
                        rows.add(id(), member[0], member[1], member[2], true, now, now, null);
                    }
                }
            }
            admin = tx.select(STAFF.ID).from(STAFF).where(STAFF.ROLE.eq("admin"), STAFF.ACTIVE.isTrue())
                    .orderBy(STAFF.CREATED_AT, STAFF.USERNAME).limit(1).fetchOne(STAFF.ID);
            staff.addAll(tx.select(STAFF.ID).from(STAFF).where(STAFF.ROLE.ne("viewer")).orderBy(STAFF.USERNAME)
                    .fetch(STAFF.ID));
            if (!tx.fetchExists(CENTER)) {
                try (BatchWriter.Rows rows = writer.into(CENTER, CENTER.ID, CENTER.CODE, CENTER.NAME_TH, CENTER.NAME_EN,
                        CENTER.ADDRESS, CENTER.CREATED_AT, CENTER.UPDATED_AT, CENTER.UPDATED_BY)) {
                    rows.add(id(), "DGTI-KU-SRC", "ศูนย์ DGTi มหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตศรีราชา",
                            "DGTi Center, Kasetsart University Sriracha Campus",
                            "199 หมู่ 6 ถนนสุขุมวิท ตำบลทุ่งสุขลา อำเภอศรีราชา จังหวัดชลบุรี 20230", now, now, admin);
                }
            }
        }

        private void tags() {
            tags.addAll(tx.select(TAG.ID).from(TAG).orderBy(TAG.NAME).fetch(TAG.ID));
            Set<String> existing = new HashSet<>(tx.select(TAG.NAME).from(TAG).fetch(TAG.NAME));
            try (BatchWriter.Rows rows = writer.into(TAG, TAG.ID, TAG.NAME, TAG.CREATED_AT, TAG.UPDATED_AT,
                    TAG.UPDATED_BY)) {
                for (String name : DemoVocabulary.TAGS) {
                    if (!existing.contains(name)) {
                        String tag = id();
                        tags.add(tag);
                        rows.add(tag, name, now, now, admin);
                    }
                }
            }
        }

        private void organizations() {
            try (BatchWriter.Rows rows = writer.into(ORGANIZATION, ORGANIZATION.ID, ORGANIZATION.NAME_TH,
                    ORGANIZATION.NAME_EN, ORGANIZATION.KIND, ORGANIZATION.PARENT_MINISTRY_ID, ORGANIZATION.PROVINCE,
                    ORGANIZATION.SORT_KEY, ORGANIZATION.CREATED_AT, ORGANIZATION.UPDATED_AT, ORGANIZATION.UPDATED_BY)) {
                List<String> ministries = new ArrayList<>();
                for (String name : DemoVocabulary.MINISTRIES) {
                    String ministry = id();
                    ministries.add(ministry);
                    agencies.add(ministry);
                    orgs.add(new Org(ministry, "government_agency", name, "กรุงเทพมหานคร"));
                    rows.add(ministry, name, null, "government_agency", null, "กรุงเทพมหานคร", ThaiText.sortKey(name),
                            now, now, admin);
                }
                int serial = 0;
                while (orgs.size() < scale.organizations) {
                    serial++;
                    String province = province();
                    double roll = random.nextDouble();
                    String kind;
                    String name;
                    String parent = null;
                    if (roll < 0.32) {
                        kind = "government_agency";
                        String office = pick(DemoVocabulary.AGENCY_KINDS);
                        name = office.endsWith("นคร") ? office + province : office + province;
                        parent = pick(ministries);
                    } else if (roll < 0.35) {
                        kind = "state_enterprise";
                        name = pick(DemoVocabulary.STATE_ENTERPRISES) + " สาขา" + province;
                    } else if (roll < 0.42) {
                        kind = "university";
                        name = pick(DemoVocabulary.UNIVERSITIES) + (serial > 12 ? " คณะที่ " + (serial % 20 + 1) : "");
                    } else if (roll < 0.67) {
                        kind = "startup";
                        name = "บริษัท " + pick(DemoVocabulary.STARTUP_WORDS) + pick(DemoVocabulary.STARTUP_WORDS)
                                + " จำกัด";
                    } else if (roll < 0.87) {
                        kind = "company";
                        name = "บริษัท " + pick(DemoVocabulary.LAST) + " " + pick(List.of("เทคโนโลยี", "ซอฟต์แวร์",
                                "โซลูชั่น", "ดิจิทัล", "เอ็นจิเนียริ่ง")) + " จำกัด";
                    } else if (roll < 0.97) {
                        kind = "community_group";
                        name = pick(DemoVocabulary.COMMUNITY) + pick(List.of("บ้าน", "ตำบล")) + pick(DemoVocabulary.LAST);
                    } else {
                        kind = "other";
                        name = "มูลนิธิ" + pick(DemoVocabulary.LAST);
                    }
                    if (scale == DemoScale.NATIONAL) {
                        // Keep names distinct at national size, as real registers are.
                        name = name + " (" + serial + ")";
                    }
                    String org = id();
                    orgs.add(new Org(org, kind, name, province));
                    if (kind.equals("government_agency") || kind.equals("state_enterprise")) {
                        agencies.add(org);
                    }
                    rows.add(org, name, null, kind, parent, province, ThaiText.sortKey(name), now, now, admin);
                }
            }
        }

        private void people() {
            try (BatchWriter.Rows rows = writer.into(PERSON, PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH,
                    PERSON.LAST_NAME_TH, PERSON.FIRST_NAME_EN, PERSON.LAST_NAME_EN, PERSON.EMAIL, PERSON.PHONE,
                    PERSON.ORGANIZATION_ID, PERSON.POSITION, PERSON.PROVINCE, PERSON.SORT_KEY, PERSON.CREATED_AT,
                    PERSON.UPDATED_AT, PERSON.UPDATED_BY)) {
                for (int i = 0; i < scale.people; i++) {
                    boolean female = random.nextBoolean();
                    String first = pick(female ? DemoVocabulary.FEMALE_FIRST : DemoVocabulary.MALE_FIRST);
                    String last = pick(DemoVocabulary.LAST);
                    String prefix = pick(female ? DemoVocabulary.FEMALE_PREFIX : DemoVocabulary.MALE_PREFIX);
                    Org org = chance(0.88) ? pick(orgs) : null;
                    boolean english = chance(0.15);
                    String domain = org == null ? pick(List.of("gmail.com", "hotmail.com", "outlook.com"))
                            : switch (org.kind()) {
                                case "government_agency" -> "example.go.th";
                                case "university" -> "example.ac.th";
                                case "state_enterprise" -> "example.or.th";
                                default -> "example.co.th";
                            };
                    String email = chance(0.93) ? pick(DemoVocabulary.LATIN_NAMES).toLowerCase(java.util.Locale.ROOT)
                            + (random.nextBoolean() ? "." : "_") + pick(DemoVocabulary.LATIN_NAMES).toLowerCase(
                            java.util.Locale.ROOT).substring(0, 1 + random.nextInt(4)) + (i + 1) + "@" + domain : null;
                    String phone = chance(0.9) ? mobile() : null;
                    String person = id();
                    people.add(person);
                    peopleOrg.add(org == null ? null : org.id());
                    rows.add(person, prefix, first, last, english ? pick(DemoVocabulary.ENGLISH_FIRST) : null,
                            english ? pick(DemoVocabulary.ENGLISH_LAST) : null, email, phone,
                            org == null ? null : org.id(), chance(0.7) ? pick(DemoVocabulary.POSITIONS) : null,
                            org == null ? province() : org.province(), ThaiText.sortKey(first + " " + last), now, now,
                            admin);
                }
            }
        }

        private String mobile() {
            if (chance(0.08)) {
                return (chance(0.5) ? "02" : "038") + String.format("%06d", random.nextInt(1_000_000))
                        + (chance(0.5) ? "1" : "");
            }
            return "0" + pick(List.of("6", "8", "9")) + String.format("%08d", random.nextInt(100_000_000));
        }

        private void workshops() {
            int count = scale.workshops;
            LocalDate lastDay = today.plusDays(90);
            String[] ids = new String[count];
            LocalDateTime[] starts = new LocalDateTime[count];
            Integer[] capacities = new Integer[count];
            String[] statuses = new String[count];
            try (BatchWriter.Rows rows = writer.into(WORKSHOP, WORKSHOP.ID, WORKSHOP.CODE, WORKSHOP.TITLE_TH,
                    WORKSHOP.TITLE_EN, WORKSHOP.KIND, WORKSHOP.STARTS_AT, WORKSHOP.ENDS_AT, WORKSHOP.VENUE,
                    WORKSHOP.CAPACITY, WORKSHOP.STATUS, WORKSHOP.DESCRIPTION, WORKSHOP.TARGET_GROUPS,
                    WORKSHOP.SORT_KEY, WORKSHOP.CREATED_AT, WORKSHOP.UPDATED_AT, WORKSHOP.UPDATED_BY);
                 BatchWriter.Rows tagRows = writer.into(WORKSHOP_TAG, WORKSHOP_TAG.ID, WORKSHOP_TAG.WORKSHOP_ID,
                         WORKSHOP_TAG.TAG_ID, WORKSHOP_TAG.CREATED_AT, WORKSHOP_TAG.UPDATED_AT,
                         WORKSHOP_TAG.UPDATED_BY)) {
                // The newest few are today and in the coming weeks, open for registration: the demo
                // center always has something to register for and check in to.
                int upcoming = Math.max(3, count / 100);
                for (int i = 0; i < count; i++) {
                    LocalDate day = i < upcoming ? today.plusDays(i == 0 ? 0 : 3L * i + random.nextInt(4))
                            : dayBetween(firstDay, lastDay);
                    LocalDateTime start = workingTime(day, 9, 11);
                    String form = pick(DemoVocabulary.WORKSHOP_FORMS);
                    String kind = switch (form) {
                        case "Hackathon" -> "hackathon";
                        case "Demo Day" -> "demo_day";
                        case "เวทีจับคู่ธุรกิจ" -> "matching_session";
                        case "เวิร์กช็อป" -> "co_design";
                        case "อบรม", "ค่ายนวัตกรรม" -> "training";
                        default -> "other";
                    };
                    String title = form + " " + pick(DemoVocabulary.WORKSHOP_TOPICS) + " รุ่นที่ " + (1 + random.nextInt(8));
                    Integer capacity = chance(0.1) ? null : pick(List.of(30, 40, 50, 60, 80, 100, 120));
                    boolean upcomingOne = i < upcoming;
                    boolean past = !upcomingOne && start.isBefore(now.minusHours(8));
                    String status = upcomingOne ? "open" : past ? (chance(0.04) ? "cancelled" : "completed")
                            : start.isBefore(now.plusDays(2)) ? "closed" : (chance(0.85) ? "open" : "draft");
                    ids[i] = id();
                    starts[i] = start;
                    capacities[i] = capacity;
                    statuses[i] = status;
                    LocalDateTime end = start.plusHours(kind.equals("hackathon") ? 32 : 3 + random.nextInt(5));
                    String code = "WS" + (Times.toBangkok(start).getYear() + 543) + "-" + String.format("%05d", i + 1);
                    rows.add(ids[i], code, title, null, kind, start, end, pick(DemoVocabulary.VENUES), capacity, status,
                            "กิจกรรมของศูนย์ DGTi เพื่อพัฒนาทักษะดิจิทัลและเชื่อมโยงหน่วยงานกับนวัตกร",
                            pick(List.of("เจ้าหน้าที่หน่วยงานรัฐ", "ผู้บริหารท้องถิ่น", "สตาร์ทอัพ", "นักศึกษา",
                                    "ประชาชนทั่วไป")),
                            ThaiText.sortKey(title), now, now, admin);
                    for (String tag : distinct(tags, 1 + random.nextInt(2))) {
                        tagRows.add(id(), ids[i], tag, now, now, admin);
                    }
                }
            }
            registrations(ids, starts, capacities, statuses);
        }

        private void registrations(String[] ids, LocalDateTime[] starts, Integer[] capacities, String[] statuses) {
            int count = ids.length;
            double[] weight = new double[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                if (!statuses[i].equals("draft")) {
                    weight[i] = capacities[i] == null ? 60 + random.nextInt(90)
                            : capacities[i] * (0.6 + random.nextDouble() * 0.65);
                    total += weight[i];
                }
            }
            int[] wanted = new int[count];
            int assigned = 0;
            for (int i = 0; i < count; i++) {
                wanted[i] = (int) Math.min(people.size(), Math.floor(weight[i] / total * scale.registrations));
                assigned += wanted[i];
            }
            for (int i = 0; assigned < scale.registrations; i = (i + 1) % count) {
                if (weight[i] > 0 && wanted[i] < people.size()) {
                    wanted[i]++;
                    assigned++;
                }
            }
            try (BatchWriter.Rows rows = writer.into(REGISTRATION, REGISTRATION.ID, REGISTRATION.WORKSHOP_ID,
                    REGISTRATION.PERSON_ID, REGISTRATION.STATUS, REGISTRATION.WAITLIST_POSITION,
                    REGISTRATION.REGISTERED_AT, REGISTRATION.SOURCE, REGISTRATION.CHECKED_IN_AT,
                    REGISTRATION.CHECKIN_CODE, REGISTRATION.CREATED_AT, REGISTRATION.UPDATED_AT,
                    REGISTRATION.UPDATED_BY)) {
                for (int w = 0; w < count; w++) {
                    Set<String> codes = new HashSet<>();
                    int seated = 0;
                    int waiting = 0;
                    for (int person : distinctIndexes(people.size(), wanted[w])) {
                        String personId = people.get(person);
                        registeredPeople.add(personId);
                        LocalDateTime registeredAt = starts[w].minusHours(1 + random.nextInt(24 * 30));
                        String source = chance(0.55) ? "import" : chance(0.8) ? "manual" : "walk_in";
                        boolean hasSeat = capacities[w] == null || seated < capacities[w];
                        String status;
                        Integer position = null;
                        LocalDateTime checkedIn = null;
                        if (statuses[w].equals("cancelled")) {
                            status = "cancelled";
                        } else if (chance(0.04)) {
                            status = "cancelled";
                        } else if (!hasSeat) {
                            status = "waitlisted";
                            position = ++waiting;
                        } else {
                            seated++;
                            if (statuses[w].equals("completed")) {
                                boolean came = chance(0.8);
                                status = came ? "attended" : "no_show";
                                checkedIn = came ? starts[w].plusMinutes(random.nextInt(75) - 30) : null;
                            } else {
                                status = "registered";
                            }
                        }
                        rows.add(id(), ids[w], personId, status, position, registeredAt, source, checkedIn,
                                code(codes), registeredAt, checkedIn == null ? registeredAt : checkedIn, admin);
                    }
                }
            }
        }

        private String code(Set<String> taken) {
            String alphabet = "ACDEFHJKMNPQRTUVWXY3479";
            while (true) {
                StringBuilder code = new StringBuilder(6);
                for (int i = 0; i < 6; i++) {
                    code.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (taken.add(code.toString())) {
                    return code.toString();
                }
            }
        }

        private void consent() {
            try (BatchWriter.Rows rows = writer.into(CONSENT, CONSENT.ID, CONSENT.PERSON_ID, CONSENT.KIND,
                    CONSENT.PURPOSES, CONSENT.NOTICE_VERSION, CONSENT.OCCURRED_AT, CONSENT.SOURCE, CONSENT.CREATED_AT,
                    CONSENT.UPDATED_AT, CONSENT.UPDATED_BY)) {
                for (String person : people) {
                    if (!registeredPeople.contains(person) && chance(0.5)) {
                        continue;
                    }
                    LocalDateTime given = Times.fromBangkok(dayBetween(firstDay, today).atTime(10, 0));
                    // Purposes the person page offers (PersonPageController.PURPOSES), so each shows by name.
                    String purposes = chance(0.6) ? "workshops,matching" : "workshops,matching,newsletter";
                    String source = pick(List.of("form", "form", "import", "paper"));
                    rows.add(id(), person, "given", purposes, "2565-1", given, source, given, given, admin);
                    if (chance(0.03)) {
                        LocalDateTime withdrawn = given.plusDays(30 + random.nextInt(300));
                        if (withdrawn.isBefore(now)) {
                            rows.add(id(), person, "withdrawn", "newsletter", "2565-1", withdrawn, "paper", withdrawn,
                                    withdrawn, admin);
                        }
                    }
                }
            }
        }

        private void innovators() {
            List<Org> innovatorOrgs = orgs.stream().filter(o -> List.of("startup", "company", "university",
                    "community_group").contains(o.kind())).toList();
            List<String> innovatorIds = new ArrayList<>();
            try (BatchWriter.Rows rows = writer.into(INNOVATOR, INNOVATOR.ID, INNOVATOR.ORGANIZATION_ID,
                    INNOVATOR.PERSON_ID, INNOVATOR.NAME, INNOVATOR.KIND, INNOVATOR.ROSTER_STATUS, INNOVATOR.JOINED_ON,
                    INNOVATOR.COHORT, INNOVATOR.CONTACT_PERSON_ID, INNOVATOR.CONSENT_TO_PUBLISH, INNOVATOR.SORT_KEY,
                    INNOVATOR.CREATED_AT, INNOVATOR.UPDATED_AT, INNOVATOR.UPDATED_BY);
                 BatchWriter.Rows tagRows = writer.into(INNOVATOR_TAG, INNOVATOR_TAG.ID, INNOVATOR_TAG.INNOVATOR_ID,
                         INNOVATOR_TAG.TAG_ID, INNOVATOR_TAG.CREATED_AT, INNOVATOR_TAG.UPDATED_AT,
                         INNOVATOR_TAG.UPDATED_BY)) {
                int fromOrgs = Math.min(innovatorOrgs.size(), scale.innovators * 7 / 10);
                for (int i = 0; i < scale.innovators; i++) {
                    String innovator = id();
                    innovatorIds.add(innovator);
                    LocalDate joined = dayBetween(firstDay, today);
                    int beYear = joined.getYear() + 543 + (joined.getMonthValue() >= 10 ? 1 : 0);
                    String status = pick(List.of("applicant", "active", "active", "active", "alumni", "inactive"));
                    String contact = pick(people);
                    if (i < fromOrgs) {
                        Org org = innovatorOrgs.get(i);
                        String kind = switch (org.kind()) {
                            case "startup" -> "startup";
                            case "company" -> "company";
                            case "university" -> "university_team";
                            default -> "community";
                        };
                        rows.add(innovator, org.id(), null, org.name(), kind, status, joined,
                                "DGTi Cohort " + beYear + "/" + (1 + random.nextInt(2)), contact, chance(0.7),
                                ThaiText.sortKey(org.name()), now, now, admin);
                    } else {
                        int person = random.nextInt(people.size());
                        String name = "นวัตกรอิสระ " + (i + 1);
                        rows.add(innovator, null, people.get(person), name, "individual", status, joined,
                                "DGTi Cohort " + beYear + "/1", people.get(person), chance(0.5), ThaiText.sortKey(name),
                                now, now, admin);
                    }
                    for (String tag : distinct(tags, 1 + random.nextInt(3))) {
                        tagRows.add(id(), innovator, tag, now, now, admin);
                    }
                }
            }
            try (BatchWriter.Rows rows = writer.into(SOLUTION, SOLUTION.ID, SOLUTION.INNOVATOR_ID, SOLUTION.NAME,
                    SOLUTION.SUMMARY, SOLUTION.TRL, SOLUTION.SERVICE_AREAS, SOLUTION.LINK, SOLUTION.CREATED_AT,
                    SOLUTION.UPDATED_AT, SOLUTION.UPDATED_BY);
                 BatchWriter.Rows tagRows = writer.into(SOLUTION_TAG, SOLUTION_TAG.ID, SOLUTION_TAG.SOLUTION_ID,
                         SOLUTION_TAG.TAG_ID, SOLUTION_TAG.CREATED_AT, SOLUTION_TAG.UPDATED_AT,
                         SOLUTION_TAG.UPDATED_BY)) {
                for (int i = 0; i < scale.solutions; i++) {
                    String innovator = i < innovatorIds.size() ? innovatorIds.get(i) : pick(innovatorIds);
                    String kind = pick(DemoVocabulary.SOLUTION_KINDS);
                    String solution = id();
                    solutions.add(solution);
                    innovatorOfSolution.add(innovator);
                    rows.add(solution, innovator, kind + " " + pick(DemoVocabulary.STARTUP_WORDS) + (i + 1),
                            kind + " ที่ช่วยให้หน่วยงานให้บริการได้เร็วขึ้นและลดงานเอกสาร ทดลองใช้แล้วกับหน่วยงานนำร่อง",
                            1 + random.nextInt(9), String.join(",", distinct(DemoVocabulary.SERVICE_AREAS,
                                    1 + random.nextInt(2))), "https://example.com/solutions/" + (i + 1), now, now, admin);
                    for (String tag : distinct(tags, 1 + random.nextInt(3))) {
                        tagRows.add(id(), solution, tag, now, now, admin);
                    }
                }
            }
        }

        private void needs() {
            try (BatchWriter.Rows rows = writer.into(AGENCY_NEED, AGENCY_NEED.ID, AGENCY_NEED.AGENCY_ID,
                    AGENCY_NEED.CONTACT_PERSON_ID, AGENCY_NEED.TITLE, AGENCY_NEED.PROBLEM_STATEMENT,
                    AGENCY_NEED.DESIRED_OUTCOME, AGENCY_NEED.PRIORITY, AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.IS_PUBLIC,
                    AGENCY_NEED.STATUS, AGENCY_NEED.CREATED_AT, AGENCY_NEED.UPDATED_AT, AGENCY_NEED.UPDATED_BY);
                 BatchWriter.Rows tagRows = writer.into(AGENCY_NEED_TAG, AGENCY_NEED_TAG.ID, AGENCY_NEED_TAG.NEED_ID,
                         AGENCY_NEED_TAG.TAG_ID, AGENCY_NEED_TAG.CREATED_AT, AGENCY_NEED_TAG.UPDATED_AT,
                         AGENCY_NEED_TAG.UPDATED_BY)) {
                for (int i = 0; i < scale.needs; i++) {
                    String problem = pick(DemoVocabulary.PROBLEMS);
                    LocalDate received = dayBetween(firstDay, today);
                    String need = id();
                    needs.add(need);
                    needReceived.add(received);
                    // Status "open" here; matches() moves needs to matching or matched.
                    rows.add(need, pick(agencies), pick(people), problem.length() > 60 ? problem.substring(0, 60)
                            : problem, problem, "ลดเวลาและต้นทุนการให้บริการลงอย่างน้อยครึ่งหนึ่ง",
                            pick(List.of("low", "normal", "normal", "high", "urgent")), received, chance(0.6),
                            received.isBefore(today.minusYears(3)) && chance(0.3) ? "closed" : "open", now, now, admin);
                    for (String tag : distinct(tags, 1 + random.nextInt(2))) {
                        tagRows.add(id(), need, tag, now, now, admin);
                    }
                }
            }
        }

        private void matches() {
            String[] stages = {"proposed", "introduced", "in_discussion", "pilot", "adopted"};
            Set<Long> pairs = new HashSet<>();
            Set<String> matchingNeeds = new HashSet<>();
            Set<String> matchedNeeds = new HashSet<>();
            try (BatchWriter.Rows rows = writer.into(SOLUTION_MATCH, SOLUTION_MATCH.ID, SOLUTION_MATCH.NEED_ID,
                    SOLUTION_MATCH.SOLUTION_ID, SOLUTION_MATCH.STAGE, SOLUTION_MATCH.STAGE_REASON,
                    SOLUTION_MATCH.STAGE_CHANGED_AT, SOLUTION_MATCH.SUGGESTION_SCORE,
                    SOLUTION_MATCH.ESTIMATED_VALUE_SATANG, SOLUTION_MATCH.REALISED_VALUE_SATANG,
                    SOLUTION_MATCH.EVALUATION_RATING, SOLUTION_MATCH.EVALUATION_KPIS, SOLUTION_MATCH.EVALUATION_NOTES,
                    SOLUTION_MATCH.EVALUATED_ON, SOLUTION_MATCH.EVALUATOR_STAFF_ID, SOLUTION_MATCH.CREATED_AT,
                    SOLUTION_MATCH.UPDATED_AT, SOLUTION_MATCH.UPDATED_BY);
                 BatchWriter.Rows history = writer.into(MATCH_STAGE_CHANGE, MATCH_STAGE_CHANGE.ID,
                         MATCH_STAGE_CHANGE.MATCH_ID, MATCH_STAGE_CHANGE.FROM_STAGE, MATCH_STAGE_CHANGE.TO_STAGE,
                         MATCH_STAGE_CHANGE.CHANGED_AT, MATCH_STAGE_CHANGE.REASON, MATCH_STAGE_CHANGE.CREATED_AT,
                         MATCH_STAGE_CHANGE.UPDATED_AT, MATCH_STAGE_CHANGE.UPDATED_BY)) {
                while (matches.size() < scale.matches) {
                    int need = random.nextInt(needs.size());
                    int solution = random.nextInt(solutions.size());
                    if (!pairs.add((long) need * solutions.size() + solution)) {
                        continue;
                    }
                    double roll = random.nextDouble();
                    // Every stage appears: the first seven matches take one each, then a realistic spread.
                    int index = matches.size() < 7 ? matches.size()
                            : roll < 0.2 ? 0 : roll < 0.38 ? 1 : roll < 0.55 ? 2 : roll < 0.67 ? 3 : roll < 0.77 ? 4
                            : roll < 0.9 ? 5 : 6;
                    boolean declined = index == 5;
                    boolean parked = index == 6;
                    int reached = declined || parked ? random.nextInt(4) : index;
                    String match = id();
                    matches.add(match);
                    LocalDateTime at = Times.fromBangkok(needReceived.get(need).atTime(10, 0))
                            .plusDays(1 + random.nextInt(20));
                    // A match still under way started this year, even for an old need: a board of cards
                    // that have sat in one stage for years is not what a center's looks like.
                    boolean underWay = index < 4 || parked;
                    if (underWay && at.isBefore(now.minusDays(200))) {
                        at = now.minusDays(30 + (matches.size() * 37L) % 170);
                    }
                    String previous = null;
                    for (int s = 0; s <= reached; s++) {
                        history.add(id(), match, previous, stages[s], at, null, at, at, pick(staff));
                        previous = stages[s];
                        if (s < reached) {
                            at = at.plusDays(3 + random.nextInt(40));
                        }
                    }
                    String stage = stages[reached];
                    String reason = null;
                    if (declined || parked) {
                        at = at.plusDays(3 + random.nextInt(40));
                        stage = declined ? "declined" : "parked";
                        reason = pick(declined ? DemoVocabulary.DECLINE_REASONS : DemoVocabulary.PARK_REASONS);
                        history.add(id(), match, previous, stage, at, reason, at, at, pick(staff));
                    }
                    if (at.isAfter(now)) {
                        at = now;
                    }
                    boolean adopted = stage.equals("adopted");
                    long estimated = (50_000L + random.nextInt(2_000_000)) * 100;
                    rows.add(match, needs.get(need), solutions.get(solution), stage, reason, at, 40 + random.nextInt(60),
                            index >= 2 ? estimated : null, adopted ? estimated * (60 + random.nextInt(60)) / 100 : null,
                            adopted ? 3 + random.nextInt(3) : null,
                            adopted ? "ลดเวลารอคอยของประชาชน; จำนวนผู้ใช้บริการออนไลน์" : null,
                            adopted ? "หน่วยงานพอใจและขยายผลต่อ" : null,
                            adopted ? Times.toBangkok(at).toLocalDate() : null, adopted ? pick(staff) : null, at, at,
                            admin);
                    (adopted ? matchedNeeds : matchingNeeds).add(needs.get(need));
                }
            }
            matchingNeeds.removeAll(matchedNeeds);
            setNeedStatus(matchingNeeds, "matching");
            setNeedStatus(matchedNeeds, "matched");
        }

        private void setNeedStatus(Set<String> needIds, String status) {
            List<String> ordered = new ArrayList<>(needIds);
            for (int from = 0; from < ordered.size(); from += 500) {
                tx.update(AGENCY_NEED).set(AGENCY_NEED.STATUS, status)
                        .where(AGENCY_NEED.ID.in(ordered.subList(from, Math.min(ordered.size(), from + 500))))
                        .and(AGENCY_NEED.STATUS.ne("closed"))
                        .execute();
            }
        }

        private void consultations() {
            try (BatchWriter.Rows rows = writer.into(CONSULTATION, CONSULTATION.ID, CONSULTATION.HELD_AT,
                    CONSULTATION.KIND, CONSULTATION.SUBJECT, CONSULTATION.CONSULTANT_STAFF_ID, CONSULTATION.NOTES,
                    CONSULTATION.RECOMMENDATIONS, CONSULTATION.NEED_ID, CONSULTATION.MATCH_ID,
                    CONSULTATION.FOLLOW_UP_ON, CONSULTATION.CREATED_AT, CONSULTATION.UPDATED_AT,
                    CONSULTATION.UPDATED_BY);
                 BatchWriter.Rows orgRows = writer.into(CONSULTATION_ORGANIZATION, CONSULTATION_ORGANIZATION.ID,
                         CONSULTATION_ORGANIZATION.CONSULTATION_ID, CONSULTATION_ORGANIZATION.ORGANIZATION_ID,
                         CONSULTATION_ORGANIZATION.CREATED_AT, CONSULTATION_ORGANIZATION.UPDATED_AT,
                         CONSULTATION_ORGANIZATION.UPDATED_BY);
                 BatchWriter.Rows personRows = writer.into(CONSULTATION_PERSON, CONSULTATION_PERSON.ID,
                         CONSULTATION_PERSON.CONSULTATION_ID, CONSULTATION_PERSON.PERSON_ID,
                         CONSULTATION_PERSON.CREATED_AT, CONSULTATION_PERSON.UPDATED_AT, CONSULTATION_PERSON.UPDATED_BY);
                 BatchWriter.Rows items = writer.into(ACTION_ITEM, ACTION_ITEM.ID, ACTION_ITEM.CONSULTATION_ID,
                         ACTION_ITEM.WHAT, ACTION_ITEM.OWNER_STAFF_ID, ACTION_ITEM.OWNER_PERSON_ID, ACTION_ITEM.DUE_ON,
                         ACTION_ITEM.DONE_AT, ACTION_ITEM.CREATED_AT, ACTION_ITEM.UPDATED_AT, ACTION_ITEM.UPDATED_BY)) {
                for (int i = 0; i < scale.consultations; i++) {
                    LocalDate day = dayBetween(firstDay, today.plusDays(1));
                    LocalDateTime heldAt = workingTime(day, 9, 16);
                    if (heldAt.isAfter(now)) {
                        heldAt = now.minusHours(1);
                    }
                    String kind = pick(List.of("agency_advisory", "innovator_mentoring", "project_review",
                            "matching_meeting"));
                    String consultation = id();
                    String subject = pick(DemoVocabulary.CONSULTATION_SUBJECTS);
                    LocalDate heldDay = Times.toBangkok(heldAt).toLocalDate();
                    rows.add(consultation, heldAt, kind, subject, pick(staff),
                            "หารือ" + subject + " หน่วยงานเล่าปัญหาและข้อจำกัดของระบบเดิม ศูนย์แนะนำแนวทางและตัวอย่างที่เคยทำสำเร็จ",
                            "ทดลองใช้ในพื้นที่นำร่องก่อนขยายผล", chance(0.3) ? pick(needs) : null,
                            chance(0.2) ? pick(matches) : null, chance(0.6) ? heldDay.plusDays(14) : null, heldAt,
                            heldAt, admin);
                    for (int o = 0; o < 1 + random.nextInt(2); o++) {
                        orgRows.add(id(), consultation, orgs.get((i * 7 + o * 13) % orgs.size()).id(), heldAt, heldAt,
                                admin);
                    }
                    for (int p = 0; p < 1 + random.nextInt(3); p++) {
                        personRows.add(id(), consultation, people.get((i * 11 + p * 17) % people.size()), heldAt,
                                heldAt, admin);
                    }
                    for (int a = 0; a < random.nextInt(4); a++) {
                        LocalDate due = heldDay.plusDays(7 + random.nextInt(30));
                        boolean done = due.isBefore(today) ? chance(0.75) : chance(0.2);
                        LocalDateTime doneAt = done ? Times.fromBangkok(due.minusDays(random.nextInt(5)).atTime(15, 0))
                                : null;
                        if (doneAt != null && doneAt.isAfter(now)) {
                            doneAt = now;
                        }
                        boolean staffOwns = chance(0.7);
                        items.add(id(), consultation, pick(DemoVocabulary.ACTIONS), staffOwns ? pick(staff) : null,
                                staffOwns ? null : pick(people), due, doneAt, heldAt, doneAt == null ? heldAt : doneAt,
                                admin);
                    }
                }
            }
        }

        private <T> List<T> distinct(List<T> from, int count) {
            List<T> chosen = new ArrayList<>();
            for (int index : distinctIndexes(from.size(), Math.min(count, from.size()))) {
                chosen.add(from.get(index));
            }
            return chosen;
        }

        /** {@code count} distinct indexes below {@code size}, in the order drawn. */
        private List<Integer> distinctIndexes(int size, int count) {
            Set<Integer> seen = new HashSet<>();
            List<Integer> order = new ArrayList<>(count);
            while (order.size() < count) {
                int index = random.nextInt(size);
                if (seen.add(index)) {
                    order.add(index);
                }
            }
            return order;
        }
    }
}
