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
        assertThat(selfTest.run(lines::add)).isTrue();
        assertThat(selfTest.checks()).extracting(SelfTest.Check::name).containsExactly("migrations",
                "thai-collation", "thai-date", "windows-874", "bundled-font", "workbook");
        assertThat(lines).hasSize(7).last().isEqualTo("PASS");
        assertThat(lines.get(2)).contains("14 มีนาคม 2569");
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
