package th.or.dga.dgtidesk.report;

import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.kpi.KpiPeriod;

/**
 * What the user chose for one weekly report: the period, the language (th or en), whether
 * personal data may be listed (otherwise the participant sheet holds counts), and the font the
 * workbook names (the machine need not have it; Excel substitutes until it is installed).
 */
public record ReportOptions(KpiPeriod period, String language, boolean personalData, String fontName) {

    public ReportOptions {
        language = "en".equals(language) ? "en" : "th";
        fontName = fontName == null || fontName.isBlank() ? Setting.REPORT_FONT.defaultValue() : fontName.strip();
    }
}
