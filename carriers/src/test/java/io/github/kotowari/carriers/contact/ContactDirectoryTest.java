package io.github.kotowari.carriers.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ContactDirectoryTest {
  private final ContactDirectory dir = ContactDirectory.defaults();

  @Test
  void officialPhoneNumbersInEveryWriting() {
    // seed 004: Amazon customer service 0120-899-543
    for (String phone : new String[] {"0120-899-543", "0120899543", "+81 120 899 543", "+81-120-899-543",
        "０１２０－８９９－５４３", "(0120) 899 543", "＋８１　１２０　８９９　５４３"}) {
      ContactCheck check = dir.checkPhone(phone);
      assertEquals(Officiality.OFFICIAL, check.officiality(), phone);
      assertEquals(Organization.AMAZON_JAPAN, check.organization().orElseThrow());
      assertEquals("0120-899-543", check.contact().orElseThrow().phoneDisplay());
    }
    assertEquals(Organization.YAMATO, dir.checkPhone("0120-01-9625").organization().orElseThrow());
    assertEquals(Organization.JAPAN_POST, dir.checkPhone("0120-23-28-86").organization().orElseThrow());
    assertEquals(Organization.SAGAWA, dir.checkPhone("0120-99-4500").organization().orElseThrow());
    assertEquals("Amazon（アマゾンジャパン）の公式の電話番号です（受付時間 9:00–21:00 / 24h）。",
        dir.checkPhone("0120-899-543").reasons().get(0).message(Locale.JAPANESE));
  }

  @Test
  void phoneLookalikesAndStrangers() {
    ContactCheck swapped = dir.checkPhone("0120-899-534");
    assertEquals(Officiality.LOOKALIKE, swapped.officiality());
    assertEquals(Organization.AMAZON_JAPAN, swapped.organization().orElseThrow());
    assertEquals(Officiality.LOOKALIKE, dir.checkPhone("0120-899-548").officiality());
    assertEquals(Officiality.NOT_LISTED, dir.checkPhone("03-1234-5678").officiality());
    assertEquals(Officiality.MALFORMED, dir.checkPhone("call me").officiality());
    assertEquals(Officiality.MALFORMED, dir.checkPhone("+1 206 266 1000").officiality());
    assertEquals(Officiality.MALFORMED, dir.checkPhone(Strings.repeat("0", 100)).officiality());
  }

  @Test
  void officialSendersAndLinks() {
    for (String sender : new String[] {"shipment-tracking@amazon.co.jp", "Amazon.co.jp <auto-confirm@amazon.co.jp>",
        "https://www.amazon.co.jp/gp/css/order-history", "AMAZON.CO.JP.", "https://trackings.post.japanpost.jp/x",
        "toi.kuronekoyamato.co.jp", "https://k2k.sagawa-exp.co.jp:443/p/web/"}) {
      assertEquals(Officiality.OFFICIAL, dir.checkSender(sender).officiality(), sender);
    }
    ContactCheck mail = dir.checkSender("auto-confirm@amazon.co.jp");
    assertEquals("amazon.co.jp", mail.registrableDomain().orElseThrow());
    assertEquals(ContactCodes.SENDER_CAN_BE_FORGED, mail.reasons().get(1).reason());
  }

  @Test
  void lookalikeDomains() {
    // the seed's examples of imitation and common tricks
    for (String sender : new String[] {"info@amaz0n.co.jp", "https://amazon-co-jp.com/login",
        "https://amazon.co.jp.account-verify.example/", "https://amazon.co.jp@evil.example/",
        "https://xn--mazon-3ve.co.jp/", "security@arnazon.co.jp", "https://kuroneko-yamato.net/"}) {
      ContactCheck check = dir.checkSender(sender);
      assertEquals(Officiality.LOOKALIKE, check.officiality(), sender);
      assertFalse(check.isOfficial());
    }
    ContactCheck cyrillic = dir.checkSender("https://xn--mazon-3ve.co.jp/");
    assertEquals(ContactCodes.PUNYCODE_HOST, cyrillic.reasons().get(0).reason());
    assertEquals(Organization.AMAZON_JAPAN, cyrillic.organization().orElseThrow());
    assertEquals(Organization.JAPAN_POST, dir.checkSender("japanpost-redelivery.top").organization().orElseThrow());
    // an unrelated punycode domain is still flagged, without an organization
    ContactCheck bucher = dir.checkSender("xn--bcher-kva.example");
    assertEquals(Officiality.LOOKALIKE, bucher.officiality());
    assertTrue(bucher.organization().isEmpty());
    assertEquals(Officiality.NOT_LISTED, dir.checkSender("news@example.com").officiality());
    assertEquals(Officiality.MALFORMED, dir.checkSender("not a host!").officiality());
    assertEquals(Officiality.MALFORMED, dir.checkSender("").officiality());
    assertEquals(Officiality.MALFORMED, dir.checkSender(Strings.repeat("a", 3000)).officiality());
  }

  @Test
  void punycodeDecodesRfc3492Samples() {
    // Python's 'punycode' codec (independent implementation) gives these encodings.
    assertEquals("аmazon", Punycode.decode("mazon-3ve"));
    assertEquals("amazоn", Punycode.decode("amazn-mye"));
    assertEquals("bücher", Punycode.decode("bcher-kva"));
    assertEquals(null, Punycode.decode("!!!"));
    assertEquals(null, Punycode.decode(Strings.repeat("9", 200)));
  }

  @Test
  void contradictoryHoursAreKept() {
    OpeningHours amazon = dir.mainContact(Organization.AMAZON_JAPAN).hours();
    assertTrue(amazon.isContradictory());
    assertEquals(OpenStatus.OPEN, amazon.statusAt(LocalTime.of(10, 0)));
    assertEquals(OpenStatus.UNCERTAIN, amazon.statusAt(LocalTime.of(22, 0)));
    OpeningHours sagawa = dir.mainContact(Organization.SAGAWA).hours();
    assertFalse(sagawa.isContradictory());
    assertEquals(OpenStatus.CLOSED, sagawa.statusAt(LocalTime.of(19, 0)));
    assertEquals(OpenStatus.OPEN, sagawa.statusAt(LocalTime.of(8, 0)));
    // 2026-12-01T10:30Z is 19:30 in Japan
    assertEquals(OpenStatus.CLOSED, sagawa.statusAt(Instant.parse("2026-12-01T10:30:00Z")));
    assertEquals(OpenStatus.OPEN,
        dir.mainContact(Organization.YAMATO).hours().statusAt(Instant.parse("2026-12-01T10:30:00Z")));
    assertEquals(3, dir.contactsOf(Organization.AMAZON_JAPAN).size());
  }

  @Test
  void contracts() {
    new NullPointerTester().testAllPublicInstanceMethods(dir);
    new NullPointerTester().testAllPublicStaticMethods(ContactDirectory.class);
    HoursClaim nine = HoursClaim.daily(LocalTime.of(9, 0), LocalTime.of(21, 0), "a");
    new EqualsTester()
        .addEqualityGroup(nine, HoursClaim.daily(LocalTime.of(9, 0), LocalTime.of(21, 0), "a"))
        .addEqualityGroup(HoursClaim.allDay("a"))
        .testEquals();
    assertThrows(IllegalArgumentException.class, () -> HoursClaim.daily(LocalTime.of(21, 0), LocalTime.of(9, 0), "a"));
    assertThrows(IllegalArgumentException.class, () -> OpeningHours.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> ContactDirectory.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Contact(Organization.YAMATO, "a", "a", "12345",
        "12345", true, OpeningHours.of(List.of(nine))));
  }

  @Property
  void checksNeverThrow(@ForAll String any) {
    assertTrue(dir.checkPhone(any).reasons().size() >= 1);
    assertTrue(dir.checkSender(any).reasons().size() >= 1);
  }
}
