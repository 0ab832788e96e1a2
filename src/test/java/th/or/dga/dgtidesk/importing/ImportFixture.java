package th.or.dga.dgtidesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/** The sample exports and an open workshop to import them into. */
public final class ImportFixture {

    public static final String UTF8_SAMPLE = "registrations-form-export.csv";
    public static final String TIS620_SAMPLE = "registrations-form-export-tis620.csv";

    private ImportFixture() {
    }

    /** A copy of a test resource in {@code folder}, under its own name. */
    public static Path sample(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        try (InputStream in = ImportFixture.class.getResourceAsStream("/" + name)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    public static Workshop openWorkshop(CenterContext context, Integer capacity) {
        Workshop draft = new Workshop(null, "IMP-" + Ids.newId().substring(0, 6), "สัมมนา Open Data ภาครัฐ", null,
                WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 16, 0),
                "ห้องประชุม 1", capacity, null, null, null);
        Workshop workshop = context.workshopService().create(draft);
        return context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
    }
}
