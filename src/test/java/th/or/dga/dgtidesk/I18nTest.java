package th.or.dga.dgtidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.or.dga.dgtidesk.common.Messages;

/** Every text exists in Thai and English, with the same placeholders, and formats. */
class I18nTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A key written twice silently takes the later text: branches merged side by side must not do that. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : new String[] {"th", "en"}) {
            try (InputStream in = I18nTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                java.util.List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                assertThat(keys).as(language).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Properties thai = load("th");
        Properties english = load("en");
        assertThat(thai.stringPropertyNames()).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(thai.stringPropertyNames());
    }

    @Test
    void placeholdersMatchAndEveryTextFormats() throws IOException {
        Properties thai = load("th");
        Properties english = load("en");
        for (String key : thai.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(key).isEqualTo(placeholders(thai.getProperty(key)));
            new MessageFormat(thai.getProperty(key));
            new MessageFormat(english.getProperty(key));
        }
    }

    @Test
    void thaiTextsAreThai() throws IOException {
        Properties thai = load("th");
        long withThai = thai.values().stream().map(String::valueOf).filter(v -> v.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)).count();
        assertThat(withThai).isGreaterThan(thai.size() * 8L / 10);
    }

    @Test
    void messagesFormatArgumentsAndFallBackToTheKey() {
        assertThat(Messages.ofLanguage("en").get("db.missing", "/x.db")).isEqualTo("There is no data file /x.db.");
        assertThat(Messages.ofLanguage("th").get("db.missing", "/x.db")).isEqualTo("ไม่พบไฟล์ข้อมูล /x.db");
        assertThat(Messages.ofLanguage("en").get("center.nameThRequired")).contains("center's");
        assertThat(Messages.ofLanguage("th").get("no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
