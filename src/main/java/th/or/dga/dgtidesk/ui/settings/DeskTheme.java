package th.or.dga.dgtidesk.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark: AtlantaFX's Primer themes, switched for the whole application at once. */
public final class DeskTheme {

    private DeskTheme() {
    }

    public static void apply(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
