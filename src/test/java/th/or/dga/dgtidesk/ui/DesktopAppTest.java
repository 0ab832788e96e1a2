package th.or.dga.dgtidesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.ui.common.DeskPreferences;

/**
 * The window's language rule, which the start-up thread that reads the texts ahead and
 * {@code DesktopApp.start} both follow: the language asked for, else the one last chosen, else Thai.
 */
class DesktopAppTest {

    @TempDir
    Path folder;

    @Test
    void theLanguageLastChosenOpensTheWindowUnlessAnotherIsAskedFor() {
        DeskPreferences preferences = new DeskPreferences(folder.resolve("desk.properties"));
        preferences.rememberLanguage("en");
        DeskPreferences readAgain = new DeskPreferences(folder.resolve("desk.properties"));

        assertEquals(Messages.ENGLISH, DesktopApp.messages(null, readAgain).locale());
        assertEquals(Messages.ENGLISH, DesktopApp.messages("", readAgain).locale());
        assertEquals(Messages.THAI, DesktopApp.messages("th", readAgain).locale());
    }

    @Test
    void aComputerThatNeverChoseOpensInThai() {
        DeskPreferences none = new DeskPreferences(folder.resolve("missing.properties"));

        assertEquals(Messages.THAI, DesktopApp.messages(null, none).locale());
        assertEquals(Messages.ENGLISH, DesktopApp.messages("en", none).locale());
    }
}
