package io.github.kotowari.carriers.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.base.Strings;
import java.net.IDN;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The look-alike check decodes {@code xn--} labels itself (the no-I/O rule keeps {@code java.net}
 * out of published code). Tests may use the JDK's IDNA implementation, so it serves here as the
 * oracle: every label the JDK encodes decodes back to what the JDK decodes.
 */
class PunycodeTest {

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .withCharRange('\u00E0', '\u00FF')   // Latin-1 letters
        .withCharRange('\u03B1', '\u03C9')   // Greek
        .withCharRange('\u0430', '\u044F')   // Cyrillic
        .withCharRange('\u3041', '\u3096')   // hiragana
        .withCharRange('\u30A1', '\u30FA')   // katakana
        .withCharRange('\u4E00', '\u4FFF')   // kanji
        .ofMinLength(1).ofMaxLength(24);
  }

  static String encode(String label) {
    try {
      return IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Property(tries = 500)
  void everyLabelTheJdkEncodesDecodesAsTheJdkDecodesIt(@ForAll("labels") String label) {
    String ascii = encode(label);
    Assume.that(ascii.startsWith("xn--"));
    assertEquals(IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED), Punycode.decode(ascii.substring(4)));
  }

  @Property(tries = 200)
  void digitsReadTheSameInEitherCase(@ForAll("labels") String label) {
    String ascii = encode(label);
    // Without basic code points the whole encoded part is digits, so its case must not matter.
    Assume.that(ascii.startsWith("xn--") && ascii.lastIndexOf('-') == 3);
    String digits = ascii.substring(4);
    assertEquals(Punycode.decode(digits), Punycode.decode(digits.toUpperCase(Locale.ROOT)));
  }

  @Test
  void knownLabels() {
    // RFC 3492, section 7.1, sample (L); and the usual German example.
    assertEquals("3年B組金八先生", Punycode.decode("3B-ww4c5e180e575a65lsy2b"));
    assertEquals("bücher", Punycode.decode("bcher-kva"));
    assertEquals("ドメイン名例", Punycode.decode("eckwd4c7cu47r2wf"));
    // The code points on either side of the surrogates, and the last one.
    assertEquals("\uD7FF", Punycode.decode("hb9b"));
    assertEquals("\uE000", Punycode.decode("0y0c"));
    assertEquals(new String(Character.toChars(Character.MAX_CODE_POINT)), Punycode.decode("dn32g"));
  }

  @Test
  void whatIsNotPunycodeDecodesToNothing() {
    assertNull(Punycode.decode(""), "empty");
    assertNull(Punycode.decode(Strings.repeat("a", 64)), "longer than a DNS label");
    assertNull(Punycode.decode("bü-kva"), "a non-ASCII basic code point");
    assertNull(Punycode.decode("bcher-k!a"), "a character that is not a digit");
    assertNull(Punycode.decode("bcher-kv"), "a code point cut off before its last digit");
    assertNull(Punycode.decode("99999999999"), "a delta past the integer range");
    assertNull(Punycode.decode("ib9b"), "U+D800, a surrogate");
    assertNull(Punycode.decode("zy0c"), "U+DFFF, a surrogate");
    assertNull(Punycode.decode("en32g"), "U+110000, past the last code point");
    assertEquals(Strings.repeat("\u0080", 63), Punycode.decode(Strings.repeat("a", 63)),
        "63 digits are the most a label holds: each decodes to U+0080");
  }
}
