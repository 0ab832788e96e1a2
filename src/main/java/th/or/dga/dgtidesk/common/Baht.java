package th.or.dga.dgtidesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money is kept in satang (exact integers, STACK.md) and shown in baht with thousands separators:
 * "1,250,000" or "1,250,000.50" when there are satang.
 */
public final class Baht {

    private Baht() {
    }

    /** "1,250,000.50"; null stays empty. */
    public static String format(Long satang) {
        if (satang == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(satang % 100 == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(satang, 2));
    }

    /** Satang from typed baht ("1,250,000", "1250000.5", "๑,๐๐๐", "฿ 900"); blank is null. */
    public static Long parse(String text) {
        String clean = ThaiDates.toArabicDigits(ThaiText.nfc(text)).replace(",", "").replace("฿", "")
                .replace("บาท", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            BigDecimal baht = new BigDecimal(clean);
            if (baht.signum() < 0) {
                throw new UserException("money.negative");
            }
            return baht.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UserException("money.unreadable", text.strip());
        }
    }
}
