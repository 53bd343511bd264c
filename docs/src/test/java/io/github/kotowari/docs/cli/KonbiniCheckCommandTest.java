package io.github.kotowari.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.Language;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.docs.cli.KotowariCliTest.Result;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class KonbiniCheckCommandTest {

  static Result run(String... args) {
    return KotowariCliTest.run(args);
  }

  @Test
  void theGroupListsCheckAndSplit() {
    Result group = run("konbini");
    assertTrue(group.out().contains("check"), group.out());
    assertTrue(group.out().contains("split"), group.out());
  }

  @Test
  void exactly300000IsAllowedAnd300001IsNot() {
    Result ok = run("konbini", "check", "--total", "300000");
    assertEquals(0, ok.code(), ok.err());
    assertEquals("Decision: allowed\n", ok.out());
    Result over = run("konbini", "check", "--total", "300,001円", "--item", "physical", "--item", "physical");
    assertEquals(1, over.code(), over.err());
    assertEquals("""
        Decision: not allowed (1 reason)
        1. The total ¥300,001 is over the konbini payment limit of ¥300,000 (tax included). [konbini.amount-over-limit]
           → Split the order into 2 orders of at most ¥300,000 each (2 orders: ¥150,001 + ¥150,000).
           → Pay another way (still allowed: Credit card, Debit card, Amazon gift card balance, Amazon points, PayPay, Pay later, Cash on delivery, Carrier billing (docomo billing), Carrier billing (au Easy Payment), Carrier billing (SoftBank carrier billing)).
        """, over.out());
  }

  @Test
  void everyReasonAtOnceInJapanese() {
    Result r = run("konbini", "check", "--total", "30万円", "--shipping", "express", "--item", "physical",
        "--item", "digital", "--item", "gift-card", "--item", "pre-order", "--lang", "ja", "--paypay-only");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("判定: 不可（理由 5 件）\n"), r.out());
    for (String code : List.of("konbini.express-shipping", "konbini.digital-item", "konbini.gift-card-item",
        "konbini.pre-order-item", "konbini.paypay-only")) {
      assertTrue(r.out().contains("[" + code + "]"), code + " in " + r.out());
    }
    assertTrue(r.out().contains("   → 通常配送に変更してください。\n"), r.out());
  }

  @Test
  void aMarketplaceSellerAndAnotherPolicy() {
    Result r = run("konbini", "check", "--total", "1980", "--seller", "marketplace");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("[konbini.seller-not-accepting]"), r.out());
    assertEquals(0, run("konbini", "check", "--total", "1980", "--seller", "marketplace:accepts-konbini").code());
    // Stripe: 120 yen minimum, no shipping restriction.
    assertEquals(1, run("konbini", "check", "--total", "119", "--policy", "stripe").code());
    assertEquals(0, run("konbini", "check", "--total", "120", "--policy", "stripe", "--shipping", "express").code());
    // Worldpay's cap is 299,000.
    assertEquals(1, run("konbini", "check", "--total", "299001", "--policy", "worldpay").code());
  }

  /** The command answers exactly what the API answers, for every option combination below. */
  @Test
  void theCommandAgreesWithTheApi() {
    List<String> shippings = List.of("standard", "express", "scheduled");
    List<List<String>> itemSets = List.of(List.of(), List.of("physical", "digital"), List.of("gift-card"),
        List.of("pre-order", "physical", "subscription"));
    List<String> totals = List.of("119", "299001", "300001", "9223372036854775807");
    int n = 0;
    for (String policyName : KonbiniPolicy.presetNames()) {
      KonbiniEligibility api = KonbiniEligibility.of(KonbiniPolicy.preset(policyName).orElseThrow());
      for (String total : totals) {
        for (String shipping : shippings) {
          for (List<String> items : itemSets) {
            // Sellers and languages alternate, so every pair still meets every other option.
            String seller = n % 3 == 0 ? "marketplace" : "amazon";
            String lang = n % 2 == 0 ? "ja" : "en";
            n++;
            List<String> args = new ArrayList<>(List.of("konbini", "check", "--total", total, "--shipping",
                shipping, "--seller", seller, "--lang", lang, "--policy", policyName));
            List<KonbiniCheckCommand.LineKind> kinds = new ArrayList<>();
            for (String item : items) {
              args.add("--item");
              args.add(item);
              kinds.add(kind(item));
            }
            if (kinds.isEmpty()) {
              kinds.add(new KonbiniCheckCommand.LineKind(ItemKind.PHYSICAL, false));
            }
            Result r = run(args.toArray(String[]::new));
            Decision d = api.check(KonbiniCheckCommand.checkout(Yen.parse(total), shippingOf(shipping), kinds,
                sellerOf(seller), false), Mode.ALL_VIOLATIONS);
            assertEquals(d.isAllowed() ? 0 : 1, r.code(), args + r.err());
            assertEquals(d.explain((lang.equals("ja") ? Language.JAPANESE : Language.ENGLISH).locale()) + "\n",
                r.out(), args.toString());
          }
        }
      }
    }
  }

  static KonbiniCheckCommand.LineKind kind(String item) {
    return switch (item) {
      case "physical" -> new KonbiniCheckCommand.LineKind(ItemKind.PHYSICAL, false);
      case "digital" -> new KonbiniCheckCommand.LineKind(ItemKind.DIGITAL_CONTENT, false);
      case "gift-card" -> new KonbiniCheckCommand.LineKind(ItemKind.GIFT_CARD, false);
      case "subscription" -> new KonbiniCheckCommand.LineKind(ItemKind.SUBSCRIPTION, false);
      default -> new KonbiniCheckCommand.LineKind(ItemKind.PHYSICAL, true);
    };
  }

  static ShippingOption shippingOf(String s) {
    return switch (s) {
      case "express" -> ShippingOption.EXPRESS;
      case "scheduled" -> ShippingOption.SCHEDULED;
      case "none" -> ShippingOption.NO_SHIPPING;
      default -> ShippingOption.STANDARD;
    };
  }

  static Seller sellerOf(String s) {
    return s.equals("amazon") ? Seller.amazon()
        : Seller.marketplace("MARKETPLACE", "Marketplace seller", EnumSet.complementOf(EnumSet.of(PaymentMethod.Kind.KONBINI)));
  }

  @Test
  void splitAgreesWithTheApi() {
    for (String prices : List.of("200000,150000,100000", "350000,1000,299999", "5,4,3,3,3,2", "0", "300000")) {
      for (String policyName : KonbiniPolicy.presetNames()) {
        for (String lang : List.of("ja", "en")) {
          Result r = run("konbini", "split", "--prices", prices, "--policy", policyName, "--lang", lang);
          List<Yen> amounts = new ArrayList<>();
          for (String p : prices.split(",")) {
            amounts.add(Yen.parse(p));
          }
          SplitPlan plan = SplitPlanner.of(KonbiniPolicy.preset(policyName).orElseThrow()).plan(amounts);
          assertEquals(plan.payAnotherWay().isEmpty() ? 0 : 1, r.code(), prices + " " + policyName + r.err());
          assertEquals(KonbiniSplitCommand.render(plan, lang.equals("ja") ? Language.JAPANESE : Language.ENGLISH),
              r.out());
        }
      }
    }
  }

  @Test
  void splitOutput() {
    Result r = run("konbini", "split", "--prices", "200000,150000,100000,350000");
    assertEquals(1, r.code(), r.err());
    assertEquals("""
        Total ¥800,000 → 2 orders of at most ¥300,000 (fewest possible)
        Order 1: ¥300,000 — items 1, 3
        Order 2: ¥150,000 — items 2
        Pay another way: item 4 ¥350,000 (one unit alone is over the payment limit)
        """, r.out());
    Result ja = run("konbini", "split", "--prices", "200000,150000,100000", "--lang", "ja");
    assertEquals(0, ja.code());
    assertEquals("""
        合計 450,000円 → 上限 300,000円 以下の注文 2 件（最少）
        注文 1: 300,000円 — 商品 1, 3
        注文 2: 150,000円 — 商品 2
        """, ja.out());
  }

  @Test
  void badArgumentsExitTwoWithOneLineNamingTheArgument() {
    List<List<String>> cases = List.of(
        List.of("konbini", "check", "--total", "abc"),
        List.of("konbini", "check", "--total", "-1"),
        List.of("konbini", "check", "--total", "99999999999999999999"),
        List.of("konbini", "check", "--total", "1", "--shipping", "drone"),
        List.of("konbini", "check", "--total", "1", "--item", "car"),
        List.of("konbini", "check", "--total", "1", "--seller", "ebay"),
        List.of("konbini", "check", "--total", "1", "--lang", "fr"),
        List.of("konbini", "check", "--total", "1", "--policy", "paypal"),
        List.of("konbini", "check", "--total", "9".repeat(1 << 20)),
        List.of("konbini", "split", "--prices", "1,,2"),
        List.of("konbini", "split", "--prices", "1,x"),
        List.of("konbini", "split", "--prices", "9223372036854775807,1"),
        List.of("konbini", "split", "--prices", "1", "--policy", "paypal"),
        List.of("konbini", "split", "--prices", ",".repeat(1_000_000)));
    for (List<String> args : cases) {
      Result r = run(args.toArray(String[]::new));
      String shown = args.toString().length() > 120 ? args.get(2) + " (long)" : args.toString();
      assertEquals(2, r.code(), shown + " " + r.err());
      assertTrue(r.err().startsWith("kotowari: "), r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace");
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().length() < 300, r.err());
      assertEquals("", r.out());
    }
    Result missing = run("konbini", "check");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--total"), missing.err());
  }
}
