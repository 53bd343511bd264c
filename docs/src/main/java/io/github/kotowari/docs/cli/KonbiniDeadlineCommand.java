package io.github.kotowari.docs.cli;

import io.github.kotowari.core.Language;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.Deadlines;
import io.github.kotowari.konbini.lifecycle.DeadlinePolicy;
import io.github.kotowari.konbini.lifecycle.KonbiniPayment;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.lifecycle.Reflection;
import io.github.kotowari.konbini.lifecycle.TokyoTime;
import io.github.kotowari.konbini.lifecycle.Transition;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kotowari konbini deadline --issued INSTANT [--policy P] [--paid INSTANT] [--lang ja|en]}: the
 * payment deadline of a number issued at an instant and, with {@code --paid}, when that payment is
 * expected to be reflected and shipping can start. Exit code 1 when the payment would be too late.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
    description = {"The payment deadline of a konbini payment number, and when a payment is reflected.",
        "Instants are ISO-8601 with an offset (2026-12-30T23:50+09:00, 2026-12-30T14:50Z) or without one,",
        "then taken as Japan time (2026-12-30T23:50)."})
final class KonbiniDeadlineCommand implements Callable<Integer> {

  static final String INSTANT_FORM = "an ISO-8601 date-time such as 2026-12-30T23:50+09:00 (without an offset it "
      + "is Japan time), from 1948-07-20 to 2099-12-31";
  static final String POLICIES = "amazon-jp, amazon-jp-3days, stripe, komoju, antom or worldpay";
  /** A dummy number: the deadline does not depend on it and it is never shown. */
  private static final PaymentNumber NUMBER = PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "00000000000");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--issued", paramLabel = "INSTANT", description = "When the payment number was issued.")
  @Nullable String issued;

  @Option(names = "--paid", paramLabel = "INSTANT", description = "When the customer paid at the store (optional).")
  @Nullable String paid;

  @Option(names = "--policy", defaultValue = "amazon-jp", paramLabel = "NAME",
      description = "amazon-jp (6 days), amazon-jp-3days (the guide's other figure), stripe, komoju, antom "
          + "or worldpay (default: ${DEFAULT-VALUE}).")
  String policy = "amazon-jp";

  @Option(names = "--lang", defaultValue = "en", paramLabel = "ja|en",
      description = "Language of the answer (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language language = KonbiniCheckCommand.language(lang, err);
    if (language == null) {
      return 2;
    }
    LifecyclePolicy chosen = policy(policy);
    if (chosen == null) {
      HolidaysCommand.fail("--policy", POLICIES, policy, err);
      return 2;
    }
    if (issued == null) {
      err.println("kotowari: --issued is required and must be " + INSTANT_FORM);
      return 2;
    }
    Instant issuedAt = instant(issued);
    if (issuedAt == null) {
      HolidaysCommand.fail("--issued", INSTANT_FORM, issued, err);
      return 2;
    }
    Instant paidAt = null;
    if (paid != null) {
      paidAt = instant(paid);
      if (paidAt == null || paidAt.isBefore(issuedAt)) {
        HolidaysCommand.fail("--paid", INSTANT_FORM + ", not before --issued", paid, err);
      return 2;
      }
    }
    Transition t = KonbiniPayment.issue(NUMBER, issuedAt, chosen);
    if (t.isRejected()) {
      err.println("kotowari: --issued: " + t.rejection().orElseThrow().message(language.locale()));
      return 2;
    }
    Answer answer = answer(t.orElseThrow(), paidAt);
    spec.commandLine().getOut().print(render(policy, chosen, answer, language));
    return answer.rejection == null ? 0 : 1;
  }

  /** The preset named on the command line, or null. */
  static @Nullable LifecyclePolicy policy(String name) {
    if (name.equals("amazon-jp-3days")) {
      return LifecyclePolicy.amazonJapan().withDeadline(DeadlinePolicy.amazonJapanThreeDays());
    }
    return LifecyclePolicy.preset(name).orElse(null);
  }

  /** Parses an instant as the command accepts it, or returns null; bounded before parsing. */
  static @Nullable Instant instant(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return null;
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        at = LocalDateTime.parse(text).atZone(Deadlines.ASIA_TOKYO).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    return LifecyclePolicy.isSupported(at) ? at : null;
  }

  /** What the command found: the issued payment, and the paid one or the rejection of the payment. */
  record Answer(KonbiniPayment issued, @Nullable KonbiniPayment paid, @Nullable String rejection,
      @Nullable Transition payment) {}

  static Answer answer(KonbiniPayment issued, @Nullable Instant paidAt) {
    if (paidAt == null) {
      return new Answer(issued, null, null, null);
    }
    Transition t = issued.pay(paidAt);
    return new Answer(issued, t.payment().orElse(null), t.rejection().map(v -> v.reason().code()).orElse(null), t);
  }

  /** Renders the answer; package-private so the tests can compare it with the API. */
  static String render(String name, LifecyclePolicy policy, Answer answer, Language language) {
    Locale locale = language.locale();
    boolean ja = language == Language.JAPANESE;
    DeadlinePolicy d = policy.deadline();
    boolean endOfDay = d.cutoff() == DeadlineCutoff.END_OF_DAY;
    StringBuilder out = new StringBuilder();
    out.append(ja ? "ポリシー: " : "Policy: ").append(name)
        .append(ja ? "（" + d.days() + "日、" + (endOfDay ? "最終日の終わりまで" : "発行と同じ時刻まで") + "）"
            : " (" + d.days() + " days, " + (endOfDay ? "to the end of the last day" : "to the time of issue") + ")")
        .append('\n');
    out.append(ja ? "番号発行: " : "Issued: ").append(answer.issued().issued().display(locale)).append('\n');
    out.append(ja ? "支払期限: " : "Deadline: ").append(answer.issued().deadline().display(locale)).append('\n');
    Transition payment = answer.payment();
    if (payment == null) {
      return out.toString();
    }
    KonbiniPayment paid = answer.paid();
    if (paid == null) {
      out.append(ja ? "支払い不可: " : "Not payable: ")
          .append(payment.rejection().orElseThrow().message(locale)).append('\n');
      return out.toString();
    }
    Reflection r = paid.reflection().orElseThrow();
    TokyoTime by = r.expectedBy();
    out.append(ja ? "支払い: " : "Paid: ").append(r.paid().display(locale)).append('\n');
    out.append(ja ? "反映見込み: " : "Reflected by: ").append(by.display(locale))
        .append(ja ? "（" + r.cause().display(locale) + "）" : " (" + r.cause().display(locale) + ")").append('\n');
    out.append(ja ? "発送開始: " : "Shipping from: ").append(r.shippingFrom()).append('\n');
    out.append(r.message(locale)).append('\n');
    return out.toString();
  }
}
