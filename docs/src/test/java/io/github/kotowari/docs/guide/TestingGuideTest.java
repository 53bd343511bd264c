package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.testkit.InstantArbitraries;
import io.github.kotowari.testkit.MoneyArbitraries;
import io.github.kotowari.testkit.OrderArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The example of {@code docs/guide/en/testing.md} and {@code docs/guide/ja/testing.md}: a user's
 * property test of their own checkout code, written with the testkit's public API only. Every
 * {@code java} block of those pages appears here verbatim and runs.
 */
class TestingGuideTest {

  // --- the user's own code under test ---------------------------------------------------------

  /** The note a checkout page shows under the konbini option: empty when konbini is offered. */
  static String konbiniNote(Order order) {
    Decision decision = KonbiniEligibility.amazonJapan().check(order);
    return decision.isAllowed() ? "" : decision.explain(Locale.JAPANESE);
  }

  /** Shipping is free from ¥3,980; below that it costs ¥550. */
  static Yen shippingFee(Yen subtotal) {
    return subtotal.isLessThan(Yen.of(3_980)) ? Yen.of(550) : Yen.ZERO;
  }

  /** The reminder mail goes out one day before the konbini deadline. */
  static Instant reminderAt(Instant issued) {
    return LifecyclePolicy.amazonJapan().deadline().deadline(issued).instant().minus(Duration.ofDays(1));
  }

  // --- the user's property tests ---------------------------------------------------------------

  @Property
  void expressOrdersExplainWhyKonbiniIsMissing(@ForAll("expressOrders") Order order) {
    String note = konbiniNote(order);
    assertTrue(note.contains("[konbini.express-shipping]"), note);
  }

  @Property
  void eligibleOrdersShowNoNote(@ForAll("eligibleOrders") Order order) {
    assertEquals("", konbiniNote(order));
  }

  @Provide
  Arbitrary<Order> expressOrders() {
    return OrderArbitraries.orders().ineligibleFor(KonbiniReasons.EXPRESS_SHIPPING);
  }

  @Provide
  Arbitrary<Order> eligibleOrders() {
    return OrderArbitraries.orders().eligible();
  }

  @Property
  void shippingIsFreeExactlyFromTheThreshold(@ForAll("subtotals") Yen subtotal) {
    boolean free = shippingFee(subtotal).isZero();
    assertEquals(subtotal.amount() >= 3_980, free);
  }

  @Provide
  Arbitrary<Yen> subtotals() {
    return MoneyArbitraries.around(Yen.of(3_980));
  }

  @Property
  void theReminderComesAfterIssuingAndBeforeTheDeadline(@ForAll("issuedAt") Instant issued) {
    Instant deadline = LifecyclePolicy.amazonJapan().deadline().deadline(issued).instant();
    assertTrue(reminderAt(issued).isAfter(issued));
    assertTrue(reminderAt(issued).isBefore(deadline));
  }

  @Provide
  Arbitrary<Instant> issuedAt() {
    return InstantArbitraries.issuanceInstants();
  }

  @Property
  void logsNeverShowAWholePaymentNumber(@ForAll PaymentNumber number) {
    assertFalse(number.toString().contains(number.value()));
  }
}
