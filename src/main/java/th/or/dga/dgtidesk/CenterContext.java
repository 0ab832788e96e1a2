package th.or.dga.dgtidesk;

import java.time.Clock;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.audit.AuditRepository;
import th.or.dga.dgtidesk.backup.BackupService;
import th.or.dga.dgtidesk.center.CenterRepository;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.consultation.ConsultationRepository;
import th.or.dga.dgtidesk.consultation.ConsultationService;
import th.or.dga.dgtidesk.db.Database;
import th.or.dga.dgtidesk.importing.ImportRepository;
import th.or.dga.dgtidesk.importing.ImportService;
import th.or.dga.dgtidesk.duplicates.DuplicateRepository;
import th.or.dga.dgtidesk.duplicates.DuplicateService;
import th.or.dga.dgtidesk.duplicates.MergeRepository;
import th.or.dga.dgtidesk.duplicates.MergeService;
import th.or.dga.dgtidesk.kpi.KpiRecordRepository;
import th.or.dga.dgtidesk.kpi.KpiRepository;
import th.or.dga.dgtidesk.kpi.KpiService;
import th.or.dga.dgtidesk.innovator.InnovatorPageRepository;
import th.or.dga.dgtidesk.innovator.InnovatorRepository;
import th.or.dga.dgtidesk.innovator.InnovatorService;
import th.or.dga.dgtidesk.innovator.RosterQueries;
import th.or.dga.dgtidesk.innovator.RosterRepository;
import th.or.dga.dgtidesk.innovator.SolutionRepository;
import th.or.dga.dgtidesk.innovator.SolutionService;
import th.or.dga.dgtidesk.matching.MatchRepository;
import th.or.dga.dgtidesk.matching.MatchService;
import th.or.dga.dgtidesk.opendata.OpenDataCatalog;
import th.or.dga.dgtidesk.opendata.OpenDataRepository;
import th.or.dga.dgtidesk.opendata.OpenDataWriter;
import th.or.dga.dgtidesk.matching.NeedRepository;
import th.or.dga.dgtidesk.matching.NeedService;
import th.or.dga.dgtidesk.matching.SuggestionRepository;
import th.or.dga.dgtidesk.matching.SuggestionService;
import th.or.dga.dgtidesk.people.PeopleQueries;
import th.or.dga.dgtidesk.people.PersonRepository;
import th.or.dga.dgtidesk.people.PersonService;
import th.or.dga.dgtidesk.report.ReportRepository;
import th.or.dga.dgtidesk.report.WeeklyReportWriter;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.security.StaffRepository;
import th.or.dga.dgtidesk.security.StaffService;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.tag.TagService;
import th.or.dga.dgtidesk.workshop.ParticipantQueries;
import th.or.dga.dgtidesk.workshop.ParticipantRepository;
import th.or.dga.dgtidesk.workshop.RegistrationRepository;
import th.or.dga.dgtidesk.workshop.RegistrationService;
import th.or.dga.dgtidesk.workshop.WorkshopRepository;
import th.or.dga.dgtidesk.workshop.WorkshopListRepository;
import th.or.dga.dgtidesk.workshop.WorkshopQueries;
import th.or.dga.dgtidesk.workshop.WorkshopService;
import th.or.dga.dgtidesk.workshop.sheets.WorkshopSheets;

/**
 * The composition root for one open data file: every repository and service, built once with
 * constructor injection. The window and the command line each make one; tests make their own.
 * Nothing here is static, so two centers (or two tests) never share state.
 */
public final class CenterContext implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff = new CurrentStaff();
    private final CenterService centerService;
    private final StaffService staffService;
    private final PeopleQueries peopleQueries;
    private final PersonService personService;
    private final th.or.dga.dgtidesk.people.PeopleExport peopleExport;
    private final th.or.dga.dgtidesk.people.OrganizationService organizationService;
    private final WorkshopService workshopService;
    private final RegistrationService registrationService;
    private final ParticipantQueries participantQueries;
    private final WorkshopQueries workshopQueries;
    private final BackupService backupService;
    private final MatchService matchService;
    private final ConsultationService consultationService;
    private final NeedService needService;
    private final SuggestionService suggestionService;
    private final WorkshopSheets workshopSheets;
    private final DuplicateService duplicateService;
    private final th.or.dga.dgtidesk.search.GlobalSearch globalSearch;
    private final MergeService mergeService;
    private final KpiService kpiService;
    private final WeeklyReportWriter weeklyReportWriter;
    private final OpenDataWriter openDataWriter;
    private final OpenDataCatalog openDataCatalog;
    private final TagService tagService;
    private final InnovatorService innovatorService;
    private final SolutionService solutionService;
    private final RosterQueries rosterQueries;
    private final ImportService importService;

    public CenterContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        AuditLog auditLog = new AuditLog(new AuditRepository(), currentStaff::idOrNull, clock);
        StaffRepository staffRepository = new StaffRepository();
        this.centerService = new CenterService(database.transactions(), new CenterRepository(), staffRepository,
                currentStaff, auditLog, clock);
        this.staffService = new StaffService(database.transactions(), staffRepository, currentStaff, auditLog, clock);
        SearchRepository searchRepository = new SearchRepository();
        PersonRepository personRepository = new PersonRepository();
        this.peopleQueries = new PeopleQueries(database.transactions(), personRepository, searchRepository);
        this.organizationService = new th.or.dga.dgtidesk.people.OrganizationService(database.transactions(),
                new th.or.dga.dgtidesk.people.OrganizationRepository(), searchRepository, currentStaff, auditLog, clock);
        this.personService = new PersonService(database.transactions(), personRepository,
                new th.or.dga.dgtidesk.people.PersonPageRepository(), currentStaff, auditLog, clock);
        WorkshopRepository workshopRepository = new WorkshopRepository();
        this.workshopService = new WorkshopService(database.transactions(), workshopRepository, currentStaff, auditLog,
                clock);
        RegistrationRepository registrationRepository = new RegistrationRepository();
        this.registrationService = new RegistrationService(database.transactions(), workshopRepository,
                registrationRepository, currentStaff, auditLog, clock);
        MatchRepository matchRepository = new MatchRepository();
        this.matchService = new MatchService(database.transactions(), matchRepository, currentStaff, auditLog, clock);
        this.kpiService = new KpiService(database.transactions(), new KpiRepository(),
                new KpiRecordRepository());
        this.consultationService = new ConsultationService(database.transactions(), new ConsultationRepository(),
                searchRepository, currentStaff, auditLog, clock);
        NeedRepository needRepository = new NeedRepository();
        this.needService = new NeedService(database.transactions(), needRepository, searchRepository, currentStaff,
                auditLog, clock);
        this.suggestionService = new SuggestionService(database.transactions(), needRepository,
                new SuggestionRepository(), searchRepository);
        this.backupService = new BackupService(database, centerService, auditLog, clock);
        this.weeklyReportWriter = new WeeklyReportWriter(database.transactions(), new ReportRepository(), kpiService,
                centerService, clock);
        this.openDataCatalog = new OpenDataCatalog(database.transactions(), new OpenDataRepository(), kpiService);
        this.openDataWriter = new OpenDataWriter(openDataCatalog, centerService, clock);
        this.workshopQueries = new WorkshopQueries(database.transactions(), new WorkshopListRepository(),
                workshopRepository, searchRepository);
        this.participantQueries = new ParticipantQueries(database.transactions(), new ParticipantRepository(),
                registrationRepository, searchRepository);
        this.globalSearch = new th.or.dga.dgtidesk.search.GlobalSearch(database.transactions(), searchRepository,
                new th.or.dga.dgtidesk.search.SearchHitRepository());
        DuplicateRepository duplicateRepository = new DuplicateRepository();
        this.duplicateService = new DuplicateService(database.transactions(), duplicateRepository, personRepository,
                currentStaff, auditLog, clock);
        this.mergeService = new MergeService(database.transactions(), duplicateRepository, new MergeRepository(),
                personRepository, registrationService, currentStaff, auditLog, clock);
        this.peopleExport = new th.or.dga.dgtidesk.people.PeopleExport(database.transactions(), personRepository,
                centerService, auditLog);
        this.workshopSheets = new WorkshopSheets(database.transactions(), workshopQueries, participantQueries,
                centerService, auditLog);
        TagRepository tagRepository = new TagRepository();
        this.tagService = new TagService(database.transactions(), tagRepository, currentStaff, auditLog, clock);
        InnovatorRepository innovatorRepository = new InnovatorRepository();
        SolutionRepository solutionRepository = new SolutionRepository(tagRepository);
        this.innovatorService = new InnovatorService(database.transactions(), innovatorRepository, tagRepository,
                currentStaff, auditLog, clock);
        this.solutionService = new SolutionService(database.transactions(), solutionRepository, innovatorRepository,
                currentStaff, auditLog, clock);
        this.importService = new ImportService(database.transactions(), new ImportRepository(registrationRepository),
                workshopRepository, innovatorRepository, solutionRepository, tagRepository, currentStaff, auditLog,
                clock);
        this.rosterQueries = new RosterQueries(database.transactions(), new RosterRepository(), innovatorRepository,
                solutionRepository, new InnovatorPageRepository(), tagRepository, searchRepository);
    }

    public ImportService importService() {
        return importService;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public CurrentStaff currentStaff() {
        return currentStaff;
    }

    public CenterService centerService() {
        return centerService;
    }

    public StaffService staffService() {
        return staffService;
    }

    public PeopleQueries peopleQueries() {
        return peopleQueries;
    }

    public th.or.dga.dgtidesk.people.OrganizationService organizationService() {
        return organizationService;
    }

    public th.or.dga.dgtidesk.people.PeopleExport peopleExport() {
        return peopleExport;
    }

    public PersonService personService() {
        return personService;
    }

    public WorkshopService workshopService() {
        return workshopService;
    }

    public RegistrationService registrationService() {
        return registrationService;
    }

    public MatchService matchService() {
        return matchService;
    }

    public ConsultationService consultationService() {
        return consultationService;
    }

    public KpiService kpiService() {
        return kpiService;
    }

    public WeeklyReportWriter weeklyReportWriter() {
        return weeklyReportWriter;
    }

    public OpenDataCatalog openDataCatalog() {
        return openDataCatalog;
    }

    public OpenDataWriter openDataWriter() {
        return openDataWriter;
    }

    public NeedService needService() {
        return needService;
    }

    public SuggestionService suggestionService() {
        return suggestionService;
    }

    public BackupService backupService() {
        return backupService;
    }

    public WorkshopQueries workshopQueries() {
        return workshopQueries;
    }

    public ParticipantQueries participantQueries() {
        return participantQueries;
    }

    public th.or.dga.dgtidesk.search.GlobalSearch globalSearch() {
        return globalSearch;
    }

    public DuplicateService duplicateService() {
        return duplicateService;
    }

    public MergeService mergeService() {
        return mergeService;
    }

    public WorkshopSheets workshopSheets() {
        return workshopSheets;
    }

    public TagService tagService() {
        return tagService;
    }

    public InnovatorService innovatorService() {
        return innovatorService;
    }

    public SolutionService solutionService() {
        return solutionService;
    }

    public RosterQueries rosterQueries() {
        return rosterQueries;
    }

    @Override
    public void close() {
        database.close();
    }
}
