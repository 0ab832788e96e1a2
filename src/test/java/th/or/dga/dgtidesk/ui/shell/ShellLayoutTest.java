package th.or.dga.dgtidesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The frame shown while the file opens draws {@link Screen}; the shell draws shell.fxml: the same list. */
class ShellLayoutTest {

    @Test
    void theNavigationOfShellFxmlIsTheScreensInOrder() throws Exception {
        List<String> drawn = new ArrayList<>();
        try (InputStream fxml = ShellLayoutTest.class.getResourceAsStream("/fxml/shell.fxml")) {
            NodeList buttons = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(fxml)
                    .getElementsByTagName("ToggleButton");
            for (int i = 0; i < buttons.getLength(); i++) {
                Element button = (Element) buttons.item(i);
                if (button.getAttribute("styleClass").contains("nav-item")) {
                    Element icon = (Element) button.getElementsByTagName("FontIcon").item(0);
                    drawn.add(button.getAttribute("text") + " " + icon.getAttribute("iconLiteral"));
                }
            }
        }
        assertThat(drawn).containsExactlyElementsOf(Arrays.stream(Screen.values())
                .map(screen -> "%" + screen.labelKey() + " " + screen.icon()).toList());
    }
}
