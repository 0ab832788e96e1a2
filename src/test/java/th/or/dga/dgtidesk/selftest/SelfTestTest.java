package th.or.dga.dgtidesk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.or.dga.dgtidesk.cli.Cli;

class SelfTestTest {

    @Test
    void everyCheckPassesOnAFullRuntimeAndPrintsOneLineEach() {
        List<String> lines = new ArrayList<>();
        SelfTest selfTest = new SelfTest();
        boolean fontBundled = SelfTest.class.getResource("/fonts/Sarabun-Regular.ttf") != null;
        assertThat(selfTest.run(lines::add)).isEqualTo(fontBundled);
        assertThat(selfTest.checks()).extracting(SelfTest.Check::name).containsExactly("migrations",
                "thai-collation", "thai-date", "windows-874", "bundled-font", "workbook");
        // The font check follows the resource; every other check passes on the test JVM.
        assertThat(selfTest.checks()).filteredOn(check -> !check.name().equals("bundled-font"))
                .allMatch(SelfTest.Check::passed);
        assertThat(selfTest.checks().get(4).passed()).isEqualTo(fontBundled);
        assertThat(lines).hasSize(7).last().isEqualTo(fontBundled ? "PASS" : "FAIL");
        assertThat(lines.get(2)).contains("14 มีนาคม 2569");
        assertThat(lines).noneMatch(line -> line.contains("\tat "));
    }

    @Test
    void theCommandLineOptionExitsWithZeroAndPrintsPass() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"--self-test"}, (db, language) -> {
            throw new AssertionError("the window must not open");
        }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString().strip()).endsWith("PASS");
    }
}
