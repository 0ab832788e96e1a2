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
import th.or.dga.dgtidesk.matching.MatchRepository;
import th.or.dga.dgtidesk.matching.MatchService;
import th.or.dga.dgtidesk.matching.NeedRepository;
import th.or.dga.dgtidesk.matching.NeedService;
import th.or.dga.dgtidesk.matching.SuggestionRepository;
import th.or.dga.dgtidesk.matching.SuggestionService;
import th.or.dga.dgtidesk.people.PeopleQueries;
import th.or.dga.dgtidesk.people.PersonRepository;
import th.or.dga.dgtidesk.people.PersonService;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.security.StaffRepository;
import th.or.dga.dgtidesk.security.StaffService;
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
        this.personService = new PersonService(database.transactions(), personRepository, currentStaff, auditLog,
                clock);
        WorkshopRepository workshopRepository = new WorkshopRepository();
        this.workshopService = new WorkshopService(database.transactions(), workshopRepository, currentStaff, auditLog,
                clock);
        RegistrationRepository registrationRepository = new RegistrationRepository();
        this.registrationService = new RegistrationService(database.transactions(), workshopRepository,
                registrationRepository, currentStaff, auditLog, clock);
        this.matchService = new MatchService(database.transactions(), new MatchRepository(), currentStaff, auditLog,
                clock);
        this.consultationService = new ConsultationService(database.transactions(), new ConsultationRepository(),
                searchRepository, currentStaff, auditLog, clock);
        NeedRepository needRepository = new NeedRepository();
        this.needService = new NeedService(database.transactions(), needRepository, searchRepository, currentStaff,
                auditLog, clock);
        this.suggestionService = new SuggestionService(database.transactions(), needRepository,
                new SuggestionRepository(), searchRepository);
        this.backupService = new BackupService(database, centerService, auditLog, clock);
        this.workshopQueries = new WorkshopQueries(database.transactions(), new WorkshopListRepository(),
                workshopRepository, searchRepository);
        this.participantQueries = new ParticipantQueries(database.transactions(), new ParticipantRepository(),
                registrationRepository, searchRepository);
        this.workshopSheets = new WorkshopSheets(database.transactions(), workshopQueries, participantQueries,
                centerService, auditLog);
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

    public WorkshopSheets workshopSheets() {
        return workshopSheets;
    }

    @Override
    public void close() {
        database.close();
    }
}
