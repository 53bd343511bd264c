package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.docs.cli.KotowariCli;
import io.github.kotowari.konbini.lifecycle.DeadlinePolicy;
import io.github.kotowari.konbini.lifecycle.KonbiniPayment;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.lifecycle.LifecycleReasons;
import io.github.kotowari.konbini.lifecycle.PaymentState;
import io.github.kotowari.konbini.lifecycle.RefundChannel;
import io.github.kotowari.konbini.lifecycle.RefundEstimate;
import io.github.kotowari.konbini.lifecycle.Reflection;
import io.github.kotowari.konbini.lifecycle.ReflectionCause;
import io.github.kotowari.konbini.lifecycle.Standing;
import io.github.kotowari.konbini.lifecycle.StandingDecision;
import io.github.kotowari.konbini.lifecycle.StandingPolicy;
import io.github.kotowari.konbini.lifecycle.TokyoTime;
import io.github.kotowari.konbini.lifecycle.Transition;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The snippets and shown outputs of docs/guide/{en,ja}/konbini-lifecycle.md, run and checked. The
 * expected values are counted by hand from the guide's rules and the 2026/2027 calendar: Jan 1 is a
 * holiday, Jan 2–3 a weekend.
 */
class KonbiniLifecycleGuideTest {

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    int code = KotowariCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    return out.toString();
  }

  final LifecyclePolicy amazon = LifecyclePolicy.amazonJapan();
  final Instant issued = OffsetDateTime.parse("2026-12-30T23:50+09:00").toInstant();

  @Test
  void theDeadline() {
    LifecyclePolicy amazon = LifecyclePolicy.amazonJapan();
    Instant issued = OffsetDateTime.parse("2026-12-30T23:50+09:00").toInstant();
    TokyoTime deadline = amazon.deadline().deadline(issued);
    String en = deadline.display(Locale.ENGLISH);    // "2027-01-05 23:59 JST"
    String ja = deadline.display(Locale.JAPANESE);   // "2027年1月5日 23:59"

    assertEquals("2027-01-05 23:59 JST", en);
    assertEquals("2027年1月5日 23:59", ja);
    assertEquals(OffsetDateTime.parse("2027-01-05T23:59:59.999999999+09:00").toInstant(), deadline.instant());
  }

  @Test
  void whereTheSourcesDisagree() {
    LifecyclePolicy strict = amazon.withDeadline(DeadlinePolicy.amazonJapanThreeDays());
    TokyoTime threeDays = strict.deadline().deadline(issued);                  // 2027-01-02 23:59 JST
    TokyoTime stripe = LifecyclePolicy.stripe().deadline().deadline(issued);   // 2027-01-02 23:59 JST

    assertEquals("2027-01-02 23:59 JST", threeDays.display(Locale.ENGLISH));
    assertEquals(threeDays, stripe);
  }

  @Test
  void expiryIsDerived() {
    PaymentNumber number = PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "12345678901");
    KonbiniPayment payment = KonbiniPayment.issue(number, issued, amazon).orElseThrow();
    Instant last = payment.deadline().instant();
    PaymentState atDeadline = payment.stateAt(last);                // AWAITING_PAYMENT
    PaymentState oneNanoLater = payment.stateAt(last.plusNanos(1)); // EXPIRED

    assertEquals(PaymentState.AWAITING_PAYMENT, atDeadline);
    assertEquals(PaymentState.EXPIRED, oneNanoLater);
    assertTrue(payment.pay(last.plusNanos(1)).isRejectedFor(LifecycleReasons.PAYMENT_EXPIRED));
    assertEquals("KonbiniPayment[payment number *******8901, issued=2026-12-30T23:50+09:00, "
        + "deadline=2027-01-05T23:59:59.999999999+09:00]", payment.toString());
  }

  KonbiniPayment issuedPayment() {
    return KonbiniPayment.issue(PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "12345678901"), issued, amazon)
        .orElseThrow();
  }

  @Test
  void aPaidOrderCannotBeCancelled() {
    KonbiniPayment payment = issuedPayment();
    KonbiniPayment paid = payment.pay(OffsetDateTime.parse("2027-01-01T10:00+09:00").toInstant()).orElseThrow();
    Transition cancel = paid.cancel(OffsetDateTime.parse("2027-01-01T12:00+09:00").toInstant());
    Violation why = cancel.rejection().orElseThrow();
    String reason = why.message(Locale.ENGLISH);
    String remedy = why.remedies().get(0).message(Locale.ENGLISH);

    assertEquals(LifecycleReasons.PAID_CANNOT_BE_CANCELLED, why.reason());
    assertEquals("""
        The order was paid at 2027-01-01 10:00 JST and can no longer be cancelled.
        Request a return once the item arrives; the refund is paid to the gift card balance.
        """, reason + "\n" + remedy + "\n");
    assertEquals("""
        2027年1月1日 10:00 に支払い済みのため、キャンセルできません。
        商品の到着後に返品を申し込んでください。返金はギフトカード残高に行われます。
        """, why.message(Locale.JAPANESE) + "\n" + why.remedies().get(0).message(Locale.JAPANESE) + "\n");
  }

  @Test
  void reflectionAndShipping() {
    KonbiniPayment paid = issuedPayment().pay(OffsetDateTime.parse("2027-01-01T10:00+09:00").toInstant()).orElseThrow();
    Reflection reflection = paid.reflection().orElseThrow();
    ReflectionCause cause = reflection.cause();      // NON_BUSINESS_DAY
    TokyoTime expected = reflection.expectedBy();    // 2027-01-04 08:00 JST
    LocalDate shipping = reflection.shippingFrom();  // 2027-01-04

    assertEquals(ReflectionCause.NON_BUSINESS_DAY, cause);
    assertEquals("2027-01-04 08:00 JST", expected.display(Locale.ENGLISH));
    assertEquals(LocalDate.of(2027, 1, 4), shipping);
  }

  @Test
  void refunds() {
    KonbiniPayment paid = issuedPayment().pay(OffsetDateTime.parse("2027-01-01T10:00+09:00").toInstant()).orElseThrow();
    Instant accepted = OffsetDateTime.parse("2027-01-10T15:00+09:00").toInstant();
    RefundEstimate refund = paid.returnAccepted(accepted).orElseThrow().refund().orElseThrow();
    String text = refund.describe(Locale.ENGLISH);

    assertEquals(RefundChannel.GIFT_CARD_BALANCE, refund.channel());
    assertEquals("""
        Refund to the gift card balance, expected between 2027-01-13 15:00 JST and 2027-01-24 23:59 JST.
        """, text + "\n");
    assertEquals("""
        ギフトカード残高に返金されます（2027年1月13日 15:00 〜 2027年1月24日 23:59 の見込み）。
        """, refund.describe(Locale.JAPANESE) + "\n");
  }

  @Test
  void standing() {
    Instant now = OffsetDateTime.parse("2026-12-01T12:00+09:00").toInstant();
    List<Instant> expiries = List.of(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(10)));
    StandingDecision decision = StandingPolicy.amazonJapan().assess(expiries, now);
    Standing level = decision.standing();   // WARN: 2 expiries within 180 days
    String text = decision.message(Locale.ENGLISH);

    assertEquals(Standing.WARN, level);
    assertEquals("""
        2 konbini payments expired in the last 180 days; at 3 the account may be restricted.
        """, text + "\n");
    assertEquals("""
        過去 180 日間にコンビニ払いの期限切れが 2 件あります。3 件に達すると利用が制限されることがあります。
        """, decision.message(Locale.JAPANESE) + "\n");
  }

  @Test
  void fromTheCommandLine() {
    assertEquals("""
        Policy: amazon-jp (6 days, to the end of the last day)
        Issued: 2026-12-30 23:50 JST
        Deadline: 2027-01-05 23:59 JST
        Paid: 2027-01-01 10:00 JST
        Reflected by: 2027-01-04 08:00 JST (paid on a weekend or holiday)
        Shipping from: 2027-01-04
        The payment made at 2027-01-01 10:00 JST fell on a weekend or holiday; it is expected to be reflected on the next business day, by 2027-01-04 08:00 JST.
        """, cli("konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--paid", "2027-01-01T10:00+09:00"));
    assertEquals("""
        ポリシー: amazon-jp（6日、最終日の終わりまで）
        番号発行: 2026年12月30日 23:50
        支払期限: 2027年1月5日 23:59
        支払い: 2027年1月1日 10:00
        反映見込み: 2027年1月4日 08:00（休業日の支払い）
        発送開始: 2027-01-04
        2027年1月1日 10:00 は休業日のため、支払いの反映は翌営業日の 2027年1月4日 08:00 ごろの見込みです。
        """, cli("konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--paid", "2027-01-01T10:00+09:00",
        "--lang", "ja"));
  }
}
