package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Cleans up a number that a customer pasted from a mail, a slip or a scanner, before any format is
 * tried.
 *
 * <pre>{@code
 * InputNormalizer.normalize("１２３４ー５６７８ー９０１３").value();  // "123456789013"
 * InputNormalizer.normalize("A123456789013A").value();             // "123456789013" (Codabar)
 * InputNormalizer.normalize("123.456").problem();                  // Optional[UNEXPECTED_CHARACTER]
 * }</pre>
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Text longer than {@link #MAX_RAW_CHARS} characters is rejected at once ({@link
 *       InputProblem#TOO_LONG}), without being read.
 *   <li>Each character is read once, left to right. ASCII digits and upper-case letters are kept;
 *       lower-case ASCII letters are upper-cased; full-width digits (U+FF10–FF19) and full-width
 *       Latin letters (U+FF21–FF3A, U+FF41–FF5A) become their ASCII upper-case forms.
 *   <li>Separators are dropped: the dashes and long vowel marks people and input methods put
 *       between groups (U+002D, U+2010–2015, U+2212, U+FE58, U+FE63, U+FF0D, U+30FC, U+FF70,
 *       U+2043, U+00AD soft hyphen); spaces (U+0020, U+00A0, U+2000–200A, U+202F, U+205F, U+3000,
 *       tab, line feed, carriage return); zero-width characters (U+200B–200D, U+2060, U+FEFF) and the
 *       invisible direction marks U+200E, U+200F and U+061C.
 *   <li>Anything else is rejected ({@link InputProblem#UNEXPECTED_CHARACTER}, with its 1-based
 *       position): other punctuation, control characters (including NUL), bidirectional embeddings,
 *       overrides and isolates (U+202A–202E, U+2066–2069: they can make a number display in another
 *       order than it is stored), unpaired surrogates, letters and digits of other scripts.
 *   <li>As soon as more than {@link #MAX_SIGNIFICANT_CHARS} letters and digits have been kept, the
 *       text is rejected ({@link InputProblem#TOO_LONG}); nothing is read further.
 *   <li>Nothing kept: {@link InputProblem#EMPTY}.
 *   <li>Codabar (NW-7) start and stop characters that barcode scanners pass on are removed: a
 *       letter A–D, at least two digits and nothing else, then a letter A–D (Yamato labels scan as
 *       {@code A…A} or {@code B…B}; carriers.md §1.1).
 * </ol>
 *
 * <p>The work is linear in the length of the text and bounded by {@link #MAX_RAW_CHARS}; no regular
 * expression is used. An input that is already a normalized {@link String} is returned as the same
 * instance, with no copy.
 *
 * @since 0.1.0
 */
public final class InputNormalizer {
  /**
   * The most letters and digits a normalized number may have: 64. The longest number any supported
   * format has is a 42-digit USPS barcode with a ZIP+4 routing prefix.
   */
  public static final int MAX_SIGNIFICANT_CHARS = 64;

  /** The most characters, separators included, that are read at all: 1,024. */
  public static final int MAX_RAW_CHARS = 1024;

  private static final char SKIP = '\u0000';
  private static final char BAD = '\uFFFF';

  private InputNormalizer() {}

  /**
   * Normalizes pasted text as described in the class documentation.
   *
   * @param text the text as pasted, not null
   * @return the normalized value or the problem, never null
   */
  public static NormalizedInput normalize(CharSequence text) {
    requireNonNull(text, "text");
    int length = text.length();
    if (length > MAX_RAW_CHARS) {
      return NormalizedInput.rejected(InputProblem.TOO_LONG, MAX_RAW_CHARS + 1);
    }
    if (length == 0) {
      return NormalizedInput.rejected(InputProblem.EMPTY, 0);
    }
    if (text instanceof String && length <= MAX_SIGNIFICANT_CHARS && isCanonical(text)) {
      String value = withoutCodabar((String) text);
      return NormalizedInput.accepted(value, value.length() < length);
    }
    char[] kept = new char[Math.min(length, MAX_SIGNIFICANT_CHARS)];
    int count = 0;
    for (int i = 0; i < length; i++) {
      char mapped = map(text.charAt(i));
      if (mapped == SKIP) {
        continue;
      }
      if (mapped == BAD) {
        return NormalizedInput.rejected(InputProblem.UNEXPECTED_CHARACTER, i + 1);
      }
      if (count == MAX_SIGNIFICANT_CHARS) {
        return NormalizedInput.rejected(InputProblem.TOO_LONG, i + 1);
      }
      kept[count++] = mapped;
    }
    if (count == 0) {
      return NormalizedInput.rejected(InputProblem.EMPTY, 0);
    }
    boolean codabar = isCodabar(kept, count);
    return codabar
        ? NormalizedInput.accepted(new String(kept, 1, count - 2), true)
        : NormalizedInput.accepted(new String(kept, 0, count), false);
  }

  /** {@link #digitForm} of text that does not normalize to 1 to 15 digits (no digit form is this). */
  static final long NOT_DIGITS = -1L;
  /** The most digits a {@link #digitForm} holds: every all-digit format of up to 15 digits. */
  static final int MAX_FORM_DIGITS = 15;
  private static final long FORM_NIBBLES = (1L << 60) - 1;

  /**
   * The value {@link #normalize} would accept, if it is 1 to 15 digits, as a digit form: the count
   * in bits 60–63 and digit p from the right in bits 4p to 4p + 3; else {@link #NOT_DIGITS}. Reads
   * each character once with the same rules and allocates nothing, whatever the separators or
   * full-width digits.
   */
  static long digitForm(CharSequence text) {
    return text.length() > MAX_RAW_CHARS ? NOT_DIGITS : digitFormFrom(text, 0, 0, 0, false);
  }

  /**
   * {@link #digitForm} of {@code text} from {@code from} on, {@code count} digits {@code nibbles}
   * read before it. With {@code separated}, text that normalizes to more than 15 digits gives
   * {@link #separatedDigits} of their count instead of {@link #NOT_DIGITS}.
   */
  private static long digitFormFrom(CharSequence text, int from, int count, long nibbles, boolean separated) {
    int length = text.length();
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      int digit = c - '0';
      if (digit < 0 || digit > 9) {
        char mapped = map(c);
        if (mapped == SKIP) {
          continue;
        }
        digit = mapped - '0';
        if (digit < 0 || digit > 9) {
          return NOT_DIGITS;
        }
      }
      if (count >= MAX_FORM_DIGITS) {
        if (!separated || count == MAX_SIGNIFICANT_CHARS) {
          return NOT_DIGITS;
        }
      } else {
        nibbles = nibbles << 4 | digit;
      }
      count++;
    }
    if (count == 0) {
      return NOT_DIGITS;
    }
    return count > MAX_FORM_DIGITS ? separatedDigits(count) : (long) count << 60 | nibbles;
  }

  /** {@link #scan}: a {@link String} that is its own normalized value, all digits, more than 15 of them. */
  static final long CANONICAL_DIGITS = -2L;
  /** {@link #scan}: a {@link String} that is its own normalized value and has a letter. */
  static final long CANONICAL_WITH_LETTERS = -3L;
  /**
   * {@link #scan} of a {@link String} that normalizes to {@code count} digits, more than 15 (at most
   * {@link #MAX_SIGNIFICANT_CHARS}), and is not its own normalized value, such as a dashed Amazon
   * order number: -3 - (count - 15), from -4 for 16 digits to -52 for 64. {@link #digitsOf} makes
   * the value.
   */
  static long separatedDigits(int count) {
    return CANONICAL_WITH_LETTERS - (count - MAX_FORM_DIGITS);
  }

  /** The lowest {@link #separatedDigits} value, that of {@link #MAX_SIGNIFICANT_CHARS} digits. */
  private static final long LOWEST_SEPARATED = separatedDigits(MAX_SIGNIFICANT_CHARS);

  /** Whether a {@link #scan} result is a {@link #separatedDigits} value. */
  static boolean isSeparated(long scanned) {
    return scanned < CANONICAL_WITH_LETTERS && scanned >= LOWEST_SEPARATED;
  }

  /** The digit count of a {@link #separatedDigits} value. */
  static int separatedCount(long scanned) {
    return (int) (CANONICAL_WITH_LETTERS - scanned) + MAX_FORM_DIGITS;
  }

  /**
   * Whether a {@link #scan} result is a digit form. Forms of 8 digits or more are negative; none is
   * from -1 to -52 (the other results), which would need nibbles of 0xF, and a digit is at most 9.
   */
  static boolean isDigitForm(long scanned) {
    return scanned < LOWEST_SEPARATED || scanned >= 0;
  }

  /**
   * The {@link #digitForm} of {@code text} if it has one; else, for a {@link String} that {@link
   * #normalize} would accept unchanged, {@link #CANONICAL_DIGITS} or {@link #CANONICAL_WITH_LETTERS};
   * else, for a String that normalizes to more than 15 digits, {@link #separatedDigits}; else
   * {@link #NOT_DIGITS} (the text needs {@link #normalize}). Reads each character at most once and
   * allocates nothing.
   */
  static long scan(CharSequence text) {
    if (!(text instanceof String)) {
      return digitForm(text);
    }
    int length = text.length();
    if (length > MAX_RAW_CHARS) {
      return NOT_DIGITS;
    }
    String s = (String) text;
    long nibbles = 0;
    boolean letters = false;
    int i = 0;
    for (; i < length; i++) {
      char c = s.charAt(i);
      int digit = c - '0';
      if (digit >= 0 && digit <= 9) {
        nibbles = nibbles << 4 | digit;
      } else if (c >= 'A' && c <= 'Z') {
        letters = true;
      } else {
        break;
      }
    }
    if (i < length) {
      // Separators, full-width or lower-case characters: a digit form if no letter came before them.
      return letters || i > MAX_SIGNIFICANT_CHARS ? NOT_DIGITS : digitFormFrom(s, i, i, nibbles, true);
    }
    if (length == 0 || length > MAX_SIGNIFICANT_CHARS) {
      return NOT_DIGITS;
    }
    if (!letters) {
      return length <= MAX_FORM_DIGITS ? (long) length << 60 | nibbles : CANONICAL_DIGITS;
    }
    return isCodabar(s, 0, length) ? NOT_DIGITS : CANONICAL_WITH_LETTERS;
  }

  /**
   * The letters and digits {@link #normalize} keeps from {@code text}, Codabar letters not yet
   * removed, as a new string; null if it rejects the text. One pass, one copy.
   */
  static @Nullable String keep(CharSequence text) {
    int length = text.length();
    if (length > MAX_RAW_CHARS) {
      return null;
    }
    byte[] kept = new byte[Math.min(length, MAX_SIGNIFICANT_CHARS)];
    int count = 0;
    for (int i = 0; i < length; i++) {
      char mapped = map(text.charAt(i));
      if (mapped == SKIP) {
        continue;
      }
      if (mapped == BAD || count == MAX_SIGNIFICANT_CHARS) {
        return null;
      }
      kept[count++] = (byte) mapped;
    }
    return count == 0 ? null : new String(kept, 0, count, StandardCharsets.ISO_8859_1);
  }

  /**
   * The normalized value of a string {@link #scan} found {@link #isSeparated separated}: its digits as
   * {@link #map} gives them, the separators dropped. One pass, one copy; since scan has already
   * checked every character, nothing is rejected here.
   */
  static String digitsOf(String text) {
    int length = text.length();
    byte[] digits = new byte[Math.min(length, MAX_SIGNIFICANT_CHARS)];
    int count = 0;
    for (int i = 0; i < length; i++) {
      char mapped = map(text.charAt(i));
      if (mapped != SKIP) {
        digits[count++] = (byte) mapped;
      }
    }
    return new String(digits, 0, count, StandardCharsets.ISO_8859_1);
  }

  /** The number of digits of a {@link #digitForm}. */
  static int formLength(long form) {
    return (int) (form >>> 60);
  }

  /** The digits of a {@link #digitForm}, without the count. */
  static long formNibbles(long form) {
    return form & FORM_NIBBLES;
  }

  /** The normalized value a {@link #digitForm} stands for. */
  static String formValue(long form) {
    int n = formLength(form);
    char[] digits = new char[n];
    long nibbles = form;
    for (int i = n - 1; i >= 0; i--) {
      digits[i] = (char) ('0' + (nibbles & 0xF));
      nibbles >>>= 4;
    }
    return new String(digits);
  }

  /** Whether every character is an ASCII digit or upper-case letter. */
  private static boolean isCanonical(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code kept} without its Codabar start and stop letters, if it has them; else {@code kept} itself. */
  static String withoutCodabar(String kept) {
    int length = kept.length();
    return isCodabar(kept, 0, length) ? kept.substring(1, length - 1) : kept;
  }

  private static boolean isCodabar(CharSequence value, int from, int to) {
    if (to - from < 4 || !isCodabarGuard(value.charAt(from)) || !isCodabarGuard(value.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCodabar(char[] kept, int count) {
    if (count < 4 || !isCodabarGuard(kept[0]) || !isCodabarGuard(kept[count - 1])) {
      return false;
    }
    for (int i = 1; i < count - 1; i++) {
      if (kept[i] < '0' || kept[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCodabarGuard(char c) {
    return c >= 'A' && c <= 'D';
  }

  /** Maps one character to its canonical form, {@link #SKIP} or {@link #BAD}. */
  static char map(char c) {
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        return c;
      }
      if (c >= 'a' && c <= 'z') {
        return (char) (c - 'a' + 'A');
      }
      return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ? SKIP : BAD;
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) (c - '\uFF10' + '0');
    }
    if (c >= '\uFF21' && c <= '\uFF3A') {
      return (char) (c - '\uFF21' + 'A');
    }
    if (c >= '\uFF41' && c <= '\uFF5A') {
      return (char) (c - '\uFF41' + 'A');
    }
    return isSeparator(c) ? SKIP : BAD;
  }

  private static boolean isSeparator(char c) {
    switch (c) {
      case '\u00A0': // no-break space
      case '\u00AD': // soft hyphen
      case '\u061C': // Arabic letter mark
      case '\u202F': // narrow no-break space
      case '\u205F': // medium mathematical space
      case '\u2043': // hyphen bullet
      case '\u2060': // word joiner
      case '\u2212': // minus sign
      case '\u3000': // ideographic space
      case '\u30FC': // katakana-hiragana prolonged sound mark
      case '\uFE58': // small em dash
      case '\uFE63': // small hyphen-minus
      case '\uFEFF': // zero-width no-break space (BOM)
      case '\uFF0D': // full-width hyphen-minus
      case '\uFF70': // half-width prolonged sound mark
        return true;
      default:
        // U+2000–200A spaces, U+200B–200D zero-width, U+200E–200F marks, U+2010–2015 dashes
        return c >= '\u2000' && c <= '\u2015';
    }
  }
}
