package io.github.kotowari.docs.cli;

import io.github.kotowari.core.Language;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.money.YenParseResult;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.Checkout;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kotowari konbini check}: can this order be paid at a konbini? Prints the decision with every
 * reason and remedy; exit code 0 allowed, 1 not allowed, 2 bad arguments.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Decide whether an order can be paid at a konbini, with every reason and remedy.",
        "Exit code 0: allowed, 1: not allowed, 2: bad arguments."})
final class KonbiniCheckCommand implements Callable<Integer> {

  /** The most --item options; each is a line of the order. */
  static final int MAX_ITEMS = 1_000;

  static final String SHIPPING_FORM = "standard, express, same-day, scheduled, release-date, pickup or none";
  static final String ITEM_FORM = "physical, digital, gift-card, subscription or pre-order";
  static final String SELLER_FORM = "amazon, marketplace or marketplace:accepts-konbini";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--total", required = true, paramLabel = "YEN",
      description = "The order total, tax included: 300000, 300,000円, ¥300,000 or 30万円.")
  String total = "";

  @Option(names = "--shipping", defaultValue = "standard", paramLabel = "OPTION",
      description = "standard (default), express (お急ぎ便), same-day, scheduled (日時指定便), release-date, pickup, none.")
  String shipping = "standard";

  @Option(names = "--item", paramLabel = "KIND",
      description = "One line per --item: physical (default), digital, gift-card, subscription, pre-order. "
          + "The total is shared evenly between the lines.")
  List<String> items = new ArrayList<>();

  @Option(names = "--seller", defaultValue = "amazon", paramLabel = "SELLER",
      description = "amazon (default), marketplace (a seller that does not accept konbini payment), "
          + "marketplace:accepts-konbini.")
  String seller = "amazon";

  @Option(names = "--paypay-only", description = "PayPay balance is the only payment method selected.")
  boolean payPayOnly;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "ja|en", description = "Language of the answer (default: en).")
  String lang = "en";

  @Option(names = "--policy", defaultValue = "amazon-jp", paramLabel = "NAME",
      description = "amazon-jp (default), stripe, komoju, antom or worldpay.")
  String policy = "amazon-jp";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language language = language(lang, err);
    if (language == null) {
      return 2;
    }
    KonbiniPolicy konbiniPolicy = policy(policy, err);
    if (konbiniPolicy == null) {
      return 2;
    }
    Yen amount = amount(total, "--total", err);
    if (amount == null) {
      return 2;
    }
    ShippingOption option = shipping(shipping, err);
    if (option == null) {
      return 2;
    }
    Seller who = seller(seller, err);
    if (who == null) {
      return 2;
    }
    if (items.size() > MAX_ITEMS) {
      err.println("kotowari: --item may be given at most " + MAX_ITEMS + " times; got " + items.size());
      return 2;
    }
    List<LineKind> kinds = new ArrayList<>();
    for (String item : items.isEmpty() ? List.of("physical") : items) {
      LineKind kind = item(item, err);
      if (kind == null) {
        return 2;
      }
      kinds.add(kind);
    }
    Checkout checkout = checkout(amount, option, kinds, who, payPayOnly);
    Decision decision = KonbiniEligibility.of(konbiniPolicy).check(checkout, Mode.ALL_VIOLATIONS);
    spec.commandLine().getOut().println(decision.explain(language.locale()));
    return decision.isAllowed() ? 0 : 1;
  }

  /** A line kind as typed: an item kind, and whether it is a pre-order. */
  record LineKind(ItemKind kind, boolean preOrder) {}

  /** The checkout the command decides on; package-private so the tests can ask the API the same. */
  static Checkout checkout(Yen total, ShippingOption shipping, List<LineKind> kinds, Seller seller, boolean payPayOnly) {
    int count = kinds.size();
    long share = total.amount() / count;
    long rest = total.amount() - share * count;
    List<LineItem> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LineKind k = kinds.get(i);
      lines.add(LineItem.of(Integer.toString(i + 1), 1, Yen.of(share + (i == count - 1 ? rest : 0)), k.kind())
          .withPreOrder(k.preOrder()));
    }
    Order order = Order.of(seller, shipping, lines);
    Set<PaymentMethod.Kind> selected = payPayOnly ? EnumSet.of(PaymentMethod.Kind.PAYPAY) : Set.of();
    return Checkout.of(order, selected);
  }

  static @Nullable Language language(String text, PrintWriter err) {
    return switch (text) {
      case "ja" -> Language.JAPANESE;
      case "en" -> Language.ENGLISH;
      default -> HolidaysCommand.fail("--lang", "ja or en", text, err);
    };
  }

  static @Nullable KonbiniPolicy policy(String text, PrintWriter err) {
    Optional<KonbiniPolicy> found = KonbiniPolicy.preset(text);
    return found.isPresent() ? found.get()
        : HolidaysCommand.fail("--policy", String.join(", ", KonbiniPolicy.presetNames()), text, err);
  }

  static @Nullable Yen amount(String text, String name, PrintWriter err) {
    YenParseResult parsed = Yen.tryParse(text);
    if (parsed.isValid()) {
      return parsed.value().orElseThrow();
    }
    return HolidaysCommand.fail(name, "an amount of yen such as 300000, 300,000円, ¥300,000 or 30万円", text, err);
  }

  static @Nullable ShippingOption shipping(String text, PrintWriter err) {
    return switch (text) {
      case "standard" -> ShippingOption.STANDARD;
      case "express" -> ShippingOption.EXPRESS;
      case "same-day" -> ShippingOption.SAME_DAY;
      case "scheduled" -> ShippingOption.SCHEDULED;
      case "release-date" -> ShippingOption.RELEASE_DATE;
      case "pickup" -> ShippingOption.PICKUP_POINT;
      case "none" -> ShippingOption.NO_SHIPPING;
      default -> HolidaysCommand.fail("--shipping", SHIPPING_FORM, text, err);
    };
  }

  static @Nullable LineKind item(String text, PrintWriter err) {
    return switch (text) {
      case "physical" -> new LineKind(ItemKind.PHYSICAL, false);
      case "digital" -> new LineKind(ItemKind.DIGITAL_CONTENT, false);
      case "gift-card" -> new LineKind(ItemKind.GIFT_CARD, false);
      case "subscription" -> new LineKind(ItemKind.SUBSCRIPTION, false);
      case "pre-order" -> new LineKind(ItemKind.PHYSICAL, true);
      default -> HolidaysCommand.fail("--item", ITEM_FORM, text, err);
    };
  }

  static @Nullable Seller seller(String text, PrintWriter err) {
    return switch (text) {
      case "amazon" -> Seller.amazon();
      case "marketplace" -> Seller.marketplace("MARKETPLACE", "Marketplace seller",
          EnumSet.complementOf(EnumSet.of(PaymentMethod.Kind.KONBINI)));
      case "marketplace:accepts-konbini" -> Seller.marketplace("MARKETPLACE", "Marketplace seller",
          EnumSet.allOf(PaymentMethod.Kind.class));
      default -> HolidaysCommand.fail("--seller", SELLER_FORM, text, err);
    };
  }
}
