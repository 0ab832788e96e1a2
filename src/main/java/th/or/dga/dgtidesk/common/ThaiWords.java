package th.or.dga.dgtidesk.common;

import java.text.BreakIterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a text, Thai included: Thai writes no spaces between words, so the JDK's dictionary
 * based {@link BreakIterator} for Thai splits them ("ตรวจวัดระดับน้ำ" → ตรวจ, วัด, ระดับ, น้ำ).
 * Function words and single letters are left out: they say nothing about what a text is about.
 */
public final class ThaiWords {

    /** Words that appear in almost any sentence; matching on them is noise. */
    private static final Set<String> FUNCTION_WORDS = Set.of("และ", "หรือ", "ที่", "ใน", "ของ", "ให้", "ได้", "เป็น",
            "การ", "ความ", "มี", "ไม่", "จะ", "กับ", "แต่", "ซึ่ง", "โดย", "เพื่อ", "จาก", "ว่า", "แล้ว", "ยัง", "นี้",
            "นั้น", "ต้อง", "อยู่", "ทำ", "ละ", "ครั้ง", "เท่านั้น", "แบบ", "ทาง", "ไป", "มา", "คือ", "the", "and", "of",
            "for", "to", "in", "a", "an", "with", "on");

    private ThaiWords() {
    }

    /** The distinct meaningful words of {@code text}, lower-cased, in order of first appearance. */
    public static Set<String> of(String text) {
        String clean = ThaiText.nfc(text).toLowerCase(Locale.ROOT);
        BreakIterator words = BreakIterator.getWordInstance(ThaiText.THAI);
        words.setText(clean);
        Set<String> result = new LinkedHashSet<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = clean.substring(start, end).strip();
            if (word.codePointCount(0, word.length()) >= 2 && word.codePoints().anyMatch(Character::isLetter)
                    && !FUNCTION_WORDS.contains(word)) {
                result.add(word);
            }
        }
        return result;
    }
}
