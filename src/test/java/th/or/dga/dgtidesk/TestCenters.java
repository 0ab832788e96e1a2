package th.or.dga.dgtidesk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.db.Database;

/** Real data files in a test's temporary folder. */
public final class TestCenters {

    /** 09:00 in Bangkok on Wednesday 25 November 2026. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);

    private TestCenters() {
    }

    public static Path dataFile(Path folder) {
        return folder.resolve("dgti-desk.db");
    }

    public static Path backupFolder(Path folder) {
        return folder.resolve("backups");
    }

    /** A new, migrated, empty data file opened for writing. */
    public static CenterContext emptyCenter(Path folder) {
        return new CenterContext(Database.openForWriting(dataFile(folder), backupFolder(folder), CLOCK), CLOCK);
    }

    /** A data file with a center and its first admin at the desk. */
    public static CenterContext setUpCenter(Path folder) {
        CenterContext context = emptyCenter(folder);
        context.centerService().setUp("DGTI-TEST", "ศูนย์ทดสอบ", "Test Center", "ศรีราชา ชลบุรี",
                new CenterService.FirstAdmin("ผู้ดูแล ทดสอบ", "admin"));
        return context;
    }
}
