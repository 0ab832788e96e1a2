package th.or.dga.dgtidesk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskLogConfiguratorTest {

    @TempDir
    Path folder;

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(DeskLogConfigurator.class);
    }

    @Test
    void infoGoesToTheFileInUtf8AndOnlyWarningsToStandardError() throws Exception {
        LoggerContext context = newContext();
        DeskLogConfigurator.configure(context, folder.resolve("logs"), Level.WARN);
        ch.qos.logback.classic.Logger logger = context.getLogger("th.or.dga.dgtidesk.demo.DemoCenter");

        logger.info("ศูนย์สาธิต ready in {} ms", 812);
        logger.debug("not kept");
        Appender<ILoggingEvent> standardError = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(standardError.getFilterChainDecision(event(context, Level.INFO))).isEqualTo(FilterReply.DENY);
        assertThat(standardError.getFilterChainDecision(event(context, Level.WARN))).isNotEqualTo(FilterReply.DENY);
        context.stop();

        String log = Files.readString(folder.resolve("logs/dgti-desk.log"), StandardCharsets.UTF_8);
        assertThat(log).matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[[^]]+\\] "
                + "th\\.or\\.dga\\.dgtidesk\\.demo\\.DemoCenter - ศูนย์สาธิต ready in 812 ms\\R")
                .doesNotContain("not kept");
    }

    @Test
    void chattyLibrariesAreQuietedAndTheMigrationsStayVisible() {
        LoggerContext context = newContext();
        DeskLogConfigurator.configure(context, folder, Level.ERROR);

        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.jooq.tools.LoggerListener").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")
                .getFilterChainDecision(event(context, Level.WARN))).isEqualTo(FilterReply.DENY);
        context.stop();
    }

    /** A context as logback's SLF4J provider makes one (it would not append without an MDC). */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private static LoggingEvent event(LoggerContext context, Level level) {
        return new LoggingEvent("test", context.getLogger("x"), level, "message", null, null);
    }
}
