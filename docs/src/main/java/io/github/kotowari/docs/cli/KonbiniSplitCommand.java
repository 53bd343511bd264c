package io.github.kotowari.docs.cli;

import io.github.kotowari.core.Language;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.split.Allocation;
import io.github.kotowari.konbini.split.PlannedOrder;
import io.github.kotowari.konbini.split.SetAside;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import io.github.kotowari.konbini.split.SplitTooLargeException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kotowari konbini split --prices P1,P2,...}: split an order into the fewest orders each within
 * the policy's cap. Exit code 0 when every item fits in a konbini order, 1 when some must be paid
 * another way (or the split would need too many orders), 2 bad arguments.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = {"Split an order of items into the fewest orders each within the konbini cap.",
        "Exit code 0: every item fits, 1: some items must be paid another way, 2: bad arguments."})
final class KonbiniSplitCommand implements Callable<Integer> {

  /** How many orders are printed before the rest are summarised. */
  static final int PRINTED_ORDERS = 100;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--prices", required = true, paramLabel = "P1,P2,...",
      description = "The items' prices, tax included, separated by commas, each like 200000 or 20万円 (no commas inside).")
  String prices = "";

  @Option(names = "--lang", defaultValue = "en", paramLabel = "ja|en", description = "Language of the answer (default: en).")
  String lang = "en";

  @Option(names = "--policy", defaultValue = "amazon-jp", paramLabel = "NAME",
      description = "amazon-jp (default), stripe, komoju, antom or worldpay.")
  String policy = "amazon-jp";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language language = KonbiniCheckCommand.language(lang, err);
    if (language == null) {
      return 2;
    }
    KonbiniPolicy konbiniPolicy = KonbiniCheckCommand.policy(policy, err);
    if (konbiniPolicy == null) {
      return 2;
    }
    List<Yen> amounts = prices(prices, err);
    if (amounts == null) {
      return 2;
    }
    Order order;
    try {
      order = SplitPlanner.orderOf(amounts);
    } catch (IllegalArgumentException e) {
      err.println("kotowari: --prices must add up to at most " + Yen.MAX_VALUE + "; the sum is out of range");
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    SplitPlan plan;
    try {
      plan = SplitPlanner.of(konbiniPolicy).plan(order);
    } catch (SplitTooLargeException e) {
      out.println(language == Language.JAPANESE
          ? "分割には" + e.ordersNeeded() + "件以上の注文が必要です（上限 " + e.maxOrders() + " 件）。別の支払い方法を選んでください。"
          : "Splitting needs at least " + e.ordersNeeded() + " orders (limit " + e.maxOrders()
              + "); pay another way.");
      return 1;
    }
    out.print(render(plan, language));
    return plan.payAnotherWay().isEmpty() ? 0 : 1;
  }

  /** Parses the comma-separated prices; counts the commas first so the work is bounded. */
  static @Nullable List<Yen> prices(String text, PrintWriter err) {
    long commas = text.chars().filter(c -> c == ',').count();
    if (commas >= SplitPlanner.MAX_PRICES) {
      err.println("kotowari: --prices takes at most " + SplitPlanner.MAX_PRICES + " prices; got " + (commas + 1));
      return null;
    }
    List<Yen> out = new ArrayList<>((int) commas + 1);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ',') {
        Yen price = KonbiniCheckCommand.amount(text.substring(start, i), "--prices[" + (out.size() + 1) + "]", err);
        if (price == null) {
          return null;
        }
        out.add(price);
        start = i + 1;
      }
    }
    return out;
  }

  /** Renders a plan; package-private so the tests can compare it with the API. */
  static String render(SplitPlan plan, Language language) {
    Locale locale = language.locale();
    boolean ja = language == Language.JAPANESE;
    StringBuilder out = new StringBuilder();
    out.append(ja ? "合計 " : "Total ").append(plan.total().display(locale))
        .append(ja ? " → 上限 " + plan.cap().display(locale) + " 以下の注文 " + plan.orders().size() + " 件"
            : " → " + plan.orders().size() + (plan.orders().size() == 1 ? " order" : " orders") + " of at most "
                + plan.cap().display(locale))
        .append(plan.isProvenOptimal() ? (ja ? "（最少）" : " (fewest possible)") : "").append('\n');
    int shown = Math.min(plan.orders().size(), PRINTED_ORDERS);
    for (int i = 0; i < shown; i++) {
      PlannedOrder order = plan.orders().get(i);
      out.append(ja ? "注文 " : "Order ").append(i + 1).append(": ").append(order.total().display(locale))
          .append(ja ? " — 商品 " : " — items ")
          .append(order.allocations().stream().map(KonbiniSplitCommand::describe).collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (plan.orders().size() > shown) {
      out.append(ja ? "ほか " + (plan.orders().size() - shown) + " 件\n"
          : "… and " + (plan.orders().size() - shown) + " more orders\n");
    }
    for (SetAside s : plan.payAnotherWay()) {
      out.append(ja ? "別の方法で支払う: 商品 " : "Pay another way: item ").append(s.lineId())
          .append(s.quantity() == 1 ? "" : " ×" + s.quantity()).append(' ').append(s.subtotal().display(locale))
          .append(ja ? "（" + s.reason().display(locale) + "）" : " (" + s.reason().display(locale) + ")").append('\n');
    }
    return out.toString();
  }

  private static String describe(Allocation a) {
    return a.quantity() == 1 ? a.lineId() : a.lineId() + " ×" + a.quantity();
  }
}
