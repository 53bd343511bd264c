package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.carriers.TrackingNumber;
import io.github.kotowari.carriers.Verdict;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.lifecycle.TokyoTime;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/guide/en/getting-started.md} and {@code docs/guide/ja/getting-started.md}:
 * every {@code java} and {@code text} block there appears here verbatim and is run.
 */
class GettingStartedGuideTest {

  @Test
  void canThisOrderBePaidAtAKonbini() {
    Order order = Order.of(Seller.amazon(), ShippingOption.EXPRESS,
        LineItem.of("rice cooker", 1, Yen.of(24_800), ItemKind.PHYSICAL),
        LineItem.of("e-book", 1, Yen.of(1_200), ItemKind.DIGITAL_CONTENT));
    Decision decision = KonbiniEligibility.amazonJapan().check(order);
    boolean allowed = decision.isAllowed();
    List<String> codes = decision.violations().stream()
        .map(violation -> violation.reason().code())
        .collect(Collectors.toList());

    assertFalse(allowed);
    assertEquals(List.of("konbini.express-shipping", "konbini.digital-item"), codes);
    assertTrue(decision.hasReason(KonbiniReasons.EXPRESS_SHIPPING));
    String first = """
        1. お急ぎ便を選んだ注文ではコンビニ払いを利用できません。 [konbini.express-shipping]
           → 通常配送に変更してください。
        """;
    assertTrue(decision.explain(Locale.JAPANESE).contains(first.strip()));
  }

  @Test
  void theSameOrderWithStandardShippingAndNoDigitalItem() {
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD,
        LineItem.of("rice cooker", 1, Yen.of(24_800), ItemKind.PHYSICAL));
    assertTrue(KonbiniEligibility.amazonJapan().check(order).isAllowed());
  }

  @Test
  void whatIsThisNumber() {
    Identification pasted = Identifier.identify("４４３４-９６１７-１０２０");
    Verdict verdict = pasted.verdict();                 // AMBIGUOUS
    List<Carrier> carriers = pasted.readings().stream()
        .filter(Reading::checkDigitHolds)
        .map(Reading::carrier)
        .collect(Collectors.toList());                  // [YAMATO, SAGAWA, JAPAN_POST]

    assertEquals(Verdict.AMBIGUOUS, verdict);
    assertEquals(List.of(Carrier.YAMATO, Carrier.SAGAWA, Carrier.JAPAN_POST), carriers);
    // 443496171020: the body 44349617102 modulo 7 is 0, the check digit.
    assertEquals(0, 44_349_617_102L % 7);
  }

  @Test
  void aValidInternationalNumber() {
    Identification parcel = Identifier.identify("EG725089303JP");
    TrackingNumber number = parcel.trackingNumber().orElseThrow();
    String forLogs = number.toString();          // masked: only the last four characters show
    String forTheCustomer = number.value();      // "EG725089303JP", asked for explicitly
    URI track = number.trackingUri().orElseThrow();

    assertEquals(Verdict.VALID, parcel.verdict());
    assertEquals(Carrier.JAPAN_POST, parcel.best().orElseThrow().carrier());
    assertFalse(forLogs.contains("725089"));
    assertTrue(forLogs.contains("03JP"));
    assertEquals("EG725089303JP", forTheCustomer);
    assertTrue(track.toString().contains("EG725089303JP"), track::toString);
    assertTrue(track.getHost().endsWith("japanpost.jp"), track::toString);
  }

  @Test
  void untilWhenCanTheCustomerPay() {
    Instant issued = OffsetDateTime.parse("2026-12-30T23:50+09:00").toInstant();
    TokyoTime deadline = LifecyclePolicy.amazonJapan().deadline().deadline(issued);
    String shown = deadline.display(Locale.ENGLISH);   // "2027-01-05 23:59 JST"

    // Six calendar days in Japan after December 30, to the end of the day.
    assertEquals("2027-01-05 23:59 JST", shown);
  }
}
