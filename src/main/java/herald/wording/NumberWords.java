package herald.wording;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * English number words up to ninety-nine as people write durations in updates: "fifteen",
 * "eighteen", "twenty-five", "forty five". One list for the patterns that read announced times
 * and promised ones, so "twenty-five minutes" is 25 in both (it was read as twenty, and "-five"
 * as the end of a range).
 */
public final class NumberWords {
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /**
     * A number word, compounds first and the teens before the units ("six" would otherwise take
     * the start of "sixteen" and "sixty"); for a pattern that is case-insensitive.
     */
    public static final String REGEX = "(?:(?:" + String.join("|", TENS) + ")(?:[- ](?:" + String.join("|", UNITS) + ")\\b)?|"
            + String.join("|", TEENS) + "|" + String.join("|", UNITS) + ")";

    private NumberWords() {
    }

    /** Every word of {@link #REGEX} on its own ("twenty", "five"), for a check of which words a text holds. */
    public static List<String> words() {
        return Stream.of(UNITS, TEENS, TENS).flatMap(List::stream).toList();
    }

    /** The value of a number word of {@link #REGEX} ("Twenty-five" and "twenty five" are 25), or -1 when it is none. */
    public static int value(String word) {
        String[] parts = word.strip().toLowerCase(Locale.ROOT).split("[- ]+");
        if (parts.length == 1) {
            int unit = UNITS.indexOf(parts[0]);
            if (unit >= 0) {
                return unit + 1;
            }
            int teen = TEENS.indexOf(parts[0]);
            if (teen >= 0) {
                return teen + 10;
            }
        }
        int tens = TENS.indexOf(parts[0]);
        if (tens < 0 || parts.length > 2) {
            return -1;
        }
        int unit = parts.length == 2 ? UNITS.indexOf(parts[1]) : -1;
        if (parts.length == 2 && unit < 0) {
            return -1;
        }
        return (tens + 2) * 10 + unit + 1;
    }
}
