package io.github.kotowari.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.docs.cli.KotowariCliTest.Result;
import io.github.kotowari.konbini.lifecycle.DeadlinePolicy;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.lifecycle.Reflection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KonbiniDeadlineCommandTest {

  static Result run(String... args) {
    return KotowariCliTest.run(args);
  }

  @Test
  void theKonbiniGroupListsTheCommand() {
    assertTrue(run("konbini").out().contains("deadline"), run("konbini").out());
  }

  @Test
  void issuedJustBeforeTheYearEndInEnglish() {
    // 2026-12-30 + 6 days = 2027-01-05, to the end of that day in Japan.
    Result r = run("konbini", "deadline", "--issued", "2026-12-30T23:50+09:00");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        Policy: amazon-jp (6 days, to the end of the last day)
        Issued: 2026-12-30 23:50 JST
        Deadline: 2027-01-05 23:59 JST
        """, r.out());
  }

  @Test
  void paidOnNewYearsDayInJapanese() {
    // New Year's Day, then a Saturday and a Sunday: reflected Monday 05:00 + 3 h.
    Result r = run("konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--paid", "2027-01-01T10:00",
        "--lang", "ja");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        ポリシー: amazon-jp（6日、最終日の終わりまで）
        番号発行: 2026年12月30日 23:50
        支払期限: 2027年1月5日 23:59
        支払い: 2027年1月1日 10:00
        反映見込み: 2027年1月4日 08:00（休業日の支払い）
        発送開始: 2027-01-04
        2027年1月1日 10:00 は休業日のため、支払いの反映は翌営業日の 2027年1月4日 08:00 ごろの見込みです。
        """, r.out());
  }

  @Test
  void paymentAfterTheDeadlineIsANegativeAnswer() {
    Result r = run("konbini", "deadline", "--issued", "2026-12-30T14:50Z", "--paid", "2027-01-03T00:00+09:00",
        "--policy", "amazon-jp-3days");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("Deadline: 2027-01-02 23:59 JST\n"), r.out());
    assertTrue(r.out().contains("Not payable: The payment deadline (2027-01-02 23:59 JST) has passed"), r.out());
  }

  @Test
  void theCommandAnswersWhatTheApiAnswers() {
    List<String> instants = List.of("2026-12-30T23:50+09:00", "2026-12-31T15:00Z", "2027-01-01T00:00:00.000000001+09:00",
        "2026-09-18T21:59+09:00", "2026-05-02T04:59:59+09:00", "1948-07-20T00:00+10:00", "2099-12-20T12:00+09:00");
    for (String policyName : List.of("amazon-jp", "amazon-jp-3days", "stripe", "komoju", "antom", "worldpay")) {
      LifecyclePolicy policy = KonbiniDeadlineCommand.policy(policyName);
      for (String issuedText : instants) {
        for (String paidText : instants) {
          Instant issued = OffsetDateTime.parse(issuedText).toInstant();
          Instant paid = OffsetDateTime.parse(paidText).toInstant();
          if (paid.isBefore(issued)) {
            continue;
          }
          Result r = run("konbini", "deadline", "--issued", issuedText, "--paid", paidText, "--policy", policyName);
          String deadline = policy.deadline().deadline(issued).display(Locale.ENGLISH);
          assertTrue(r.out().contains("Deadline: " + deadline + "\n"), r.out());
          if (policy.deadline().isPayableAt(issued, paid)) {
            assertEquals(0, r.code(), issuedText + " " + paidText + " " + r.out() + r.err());
            Reflection expected = policy.reflection().expectedReflection(paid);
            assertTrue(r.out().contains("Reflected by: " + expected.expectedBy().display(Locale.ENGLISH)), r.out());
            assertTrue(r.out().contains("Shipping from: " + expected.shippingFrom() + "\n"), r.out());
          } else {
            assertEquals(1, r.code(), r.out());
            assertTrue(r.out().contains("Not payable: "), r.out());
          }
        }
      }
    }
    assertEquals(DeadlinePolicy.amazonJapanThreeDays(), KonbiniDeadlineCommand.policy("amazon-jp-3days").deadline());
  }

  @Test
  void badArgumentsGetOneLineExitTwoAndNoStackTrace() {
    List<String[]> bad = List.of(
        new String[] {"konbini", "deadline"},
        new String[] {"konbini", "deadline", "--issued", "yesterday"},
        new String[] {"konbini", "deadline", "--issued", "2026-02-30T10:00+09:00"},
        new String[] {"konbini", "deadline", "--issued", "2026-12-30"},
        new String[] {"konbini", "deadline", "--issued", "+1000000000-12-31T23:59:59.999999999Z"},
        new String[] {"konbini", "deadline", "--issued", "2100-01-01T00:00+09:00"},
        new String[] {"konbini", "deadline", "--issued", "1948-07-19T23:59+10:00"},
        new String[] {"konbini", "deadline", "--issued", "2099-12-28T12:00+09:00"},
        new String[] {"konbini", "deadline", "--issued", "2".repeat(100_000)},
        new String[] {"konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--paid", "2026-12-30T23:49+09:00"},
        new String[] {"konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--paid", "soon"},
        new String[] {"konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--policy", "paypay"},
        new String[] {"konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--lang", "fr"},
        new String[] {"konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--frobnicate"});
    for (String[] args : bad) {
      Result r = run(args);
      String shown = String.join(" ", args);
      assertEquals(2, r.code(), shown + "\n" + r.out() + r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
      assertTrue(r.err().length() < 400, r.err());
      assertTrue(r.err().startsWith("kotowari"), r.err());
      if (args.length > 2 && args[2].startsWith("--")) {
        assertTrue(r.err().contains(args[args.length - 2].startsWith("--") ? args[args.length - 2] : args[2])
            || r.err().contains("Unknown option"), r.err());
      }
    }
    Result missing = run("konbini", "deadline");
    assertEquals("kotowari: --issued is required and must be " + KonbiniDeadlineCommand.INSTANT_FORM + "\n",
        missing.err());
    Result paid = run("konbini", "deadline", "--issued", "2026-12-30T23:50+09:00", "--paid", "2026-12-30T23:49+09:00");
    assertTrue(paid.err().contains("--paid must be"), paid.err());
  }
}
