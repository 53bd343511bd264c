package io.github.kotowari.carriers.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.base.Strings;
import org.junit.jupiter.api.Test;

/**
 * The character-level edges of the contact checks: every separator a phone number may be written
 * with, the length bounds of a domestic number, each look-alike letter the host check folds, the
 * one-edit rule for phone numbers, and the parts of a URL that are not its host.
 */
class ContactEdgesTest {
  private final ContactDirectory dir = ContactDirectory.defaults();

  @Test
  void everyAcceptedSeparatorOfAPhoneNumber() {
    // ASCII and ideographic spaces, hyphen-minus, full-width hyphen, prolonged sound mark, minus
    // sign, U+2010 to U+2015 (hyphen to horizontal bar), dots, ASCII and full-width parentheses.
    String[] separators = {" ", "\u3000", "-", "\uFF0D", "\u30FC", "\u2212", "\u2010", "\u2011", "\u2012",
        "\u2013", "\u2014", "\u2015", "."};
    for (String s : separators) {
      String phone = "0120" + s + "899" + s + "543";
      assertEquals("0120899543", ContactDirectory.phoneDigits(phone), () -> "U+" + Integer.toHexString(s.charAt(0)));
    }
    assertEquals("0120899543", ContactDirectory.phoneDigits("(0120) 899 543"));
    assertEquals("0120899543", ContactDirectory.phoneDigits("\uFF080120\uFF09899-543"));
    // The characters just outside the dash range, and other punctuation, are not separators.
    for (String s : new String[] {"\u200F", "\u2016", "/", "_", "\u2E3A"}) {
      assertNull(ContactDirectory.phoneDigits("0120" + s + "899543"), () -> "U+" + Integer.toHexString(s.charAt(0)));
    }
  }

  @Test
  void aDomesticNumberHasTenOrElevenDigitsAndStartsWithZero() {
    assertNull(ContactDirectory.phoneDigits("012089954"), "nine digits");
    assertEquals("0120899543", ContactDirectory.phoneDigits("0120899543"));
    assertEquals("09012345678", ContactDirectory.phoneDigits("090-1234-5678"));
    assertNull(ContactDirectory.phoneDigits("090123456789"), "twelve digits");
    assertNull(ContactDirectory.phoneDigits("1120899543"), "no leading zero");
    assertEquals("0120899543", ContactDirectory.phoneDigits("+81 120 899 543"));
    assertNull(ContactDirectory.phoneDigits("+1 120 899 5430"), "another country");
    assertNull(ContactDirectory.phoneDigits("0120 +899543"), "a plus after digits");
    assertNull(ContactDirectory.phoneDigits("++81 120 899 543"), "two pluses");
    // The input bound: 64 characters are read, 65 are not.
    assertEquals("0120899543", ContactDirectory.phoneDigits(Strings.repeat(" ", 54) + "0120899543"));
    assertNull(ContactDirectory.phoneDigits(Strings.repeat(" ", 55) + "0120899543"));
  }

  @Test
  void onlyOneChangedOrOneSwappedPairOfDigitsIsALookAlike() {
    // The official number is 0120-899-543.
    assertEquals(Officiality.LOOKALIKE, dir.checkPhone("0220-899-543").officiality(), "second digit");
    assertEquals(Officiality.LOOKALIKE, dir.checkPhone("0120-899-544").officiality(), "last digit");
    assertEquals(Officiality.LOOKALIKE, dir.checkPhone("0210-899-543").officiality(), "an early pair swapped");
    assertEquals(Officiality.MALFORMED, dir.checkPhone("1020-899-543").officiality(), "no leading zero");
    assertEquals(Officiality.LOOKALIKE, dir.checkPhone("0120-899-534").officiality(), "last pair swapped");
    assertEquals(Officiality.NOT_LISTED, dir.checkPhone("0120-898-553").officiality(), "two apart");
    assertEquals(Officiality.NOT_LISTED, dir.checkPhone("0120-989-453").officiality(), "two swaps");
    assertEquals(Officiality.NOT_LISTED, dir.checkPhone("0120-899-5431").officiality(), "one more digit");
    assertEquals(Officiality.NOT_LISTED, dir.checkPhone("0210-899-534").officiality(), "two separate swaps");
  }

  @Test
  void eachLookAlikeCharacterFoldsToTheLetterItImitates() {
    // {look-alike, the ASCII letter it is read as}
    String[][] pairs = {
        {"0", "o"}, {"\u043E", "o"}, {"\u03BF", "o"},
        {"1", "l"}, {"|", "l"}, {"i", "l"}, {"\u0456", "l"}, {"\u03B9", "l"},
        {"3", "e"}, {"\u0435", "e"},
        {"4", "a"}, {"@", "a"}, {"\u0430", "a"}, {"\u03B1", "a"}, {"\u0251", "a"},
        {"5", "s"}, {"\u0455", "s"},
        {"\u0440", "p"}, {"\u03C1", "p"},
        {"\u0441", "c"}, {"\u0445", "x"}, {"\u0443", "y"}, {"\u0578", "n"}, {"\u03BD", "v"},
        {"\u043C", "m"}, {"\u0458", "j"}, {"\u043A", "k"}, {"\u03BA", "k"},
    };
    for (String[] pair : pairs) {
      assertEquals(pair[1], ContactDirectory.fold(pair[0]), () -> "U+" + Integer.toHexString(pair[0].charAt(0)));
    }
    assertEquals("b", ContactDirectory.fold("b"), "a letter that imitates nothing stays");
    assertEquals("m", ContactDirectory.fold("rn"));
    assertEquals("w", ContactDirectory.fold("vv"));
    // End to end: a brand written with look-alikes is a look-alike of that brand's owner.
    String[][] hosts = {
        {"a\u043Cazon", "AMAZON_JAPAN"}, {"amazo\u0578", "AMAZON_JAPAN"},
        {"\u0458apanpost", "JAPAN_POST"}, {"japan\u0440ost", "JAPAN_POST"},
        {"\u03BAuroneko\u0443amato", "YAMATO"}, {"saga\u03BD\u03BDa", "SAGAWA"},
    };
    for (String[] host : hosts) {
      ContactCheck check = dir.checkSender("https://" + host[0] + "-support.example/");
      assertEquals(Officiality.LOOKALIKE, check.officiality(), host[0]);
      assertEquals(Organization.valueOf(host[1]), check.organization().orElseThrow(), host[0]);
    }
  }

  @Test
  void theHostIsWhatFollowsTheSchemeAndUserUpToThePathPortQueryOrFragment() {
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("https://amazon.co.jp/path"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("https://amazon.co.jp?q=1"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("https://amazon.co.jp#top"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("https://amazon.co.jp\\x"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("https://amazon.co.jp:8443/"));
    assertEquals("evil.example", ContactDirectory.hostOf("https://amazon.co.jp@evil.example/"));
    assertEquals("a.example", ContactDirectory.hostOf("https://a.example"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("Amazon <auto-confirm@Amazon.co.jp>"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("<x@amazon.co.jp>"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("amazon.co.jp/x"));
    assertEquals("amazon.co.jp", ContactDirectory.hostOf("amazon\u3002co\uFF0Ejp\uFF61"));
    assertEquals("a.example", ContactDirectory.hostOf("://a.example"), "an empty scheme");
    assertEquals("b.example", ContactDirectory.hostOf("<a@b.example"), "an unclosed bracket is not one");
    assertEquals("", ContactDirectory.userInfoOf("https://a.example/x@y"), "an @ in the path is not user info");
    assertEquals("user", ContactDirectory.userInfoOf("https://USER@a.example/"));
    assertEquals("", ContactDirectory.userInfoOf("https://a.example?x@y"));
    assertEquals("", ContactDirectory.userInfoOf("https://a.example#x@y"));
    assertEquals("", ContactDirectory.userInfoOf("https://a.example\\x@y"));
    assertEquals("", ContactDirectory.userInfoOf("a@b.example"), "no scheme, no authority");
    assertEquals("@", ContactDirectory.userInfoOf("://@@a.example"), "the last @ ends the user info");
  }
}
