package io.github.kotowari.benchmarks.peer;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The konbini eligibility rules written for Easy Rules 4.1 (org.jeasy.rules), the peer that
 * {@code EligibilityBenchmark} measures beside {@code KonbiniEligibility}.
 *
 * <p>Written as an Easy Rules user would: one {@link Rule} per exclusion, built with {@link
 * RuleBuilder}, in a {@link Rules} set; the facts are the order and the selected payment kinds; a
 * rule's condition is "this exclusion applies" and its action records a {@link Violation} (the reason
 * code and its parameters) in a list fact. Rules the policy switches off are left out of the set.
 * Conditions read the same precomputed facts of {@link Order} (total, item kinds, pre-order flag) as
 * Kotowari's rules, so the comparison measures the engines, not two ways of scanning lines; a
 * violated item rule scans the lines to list the first ten, as Kotowari's does.
 *
 * <p>What Kotowari does and this peer does not: remedies (split plan, "pay another way" methods),
 * Japanese and English messages. The peer does less work per violation, which favours it.
 *
 * <p>Modes: {@link Mode#FIRST_VIOLATION} uses {@code skipOnFirstAppliedRule}; {@link
 * Mode#ALL_VIOLATIONS} fires every rule; {@link Mode#ALL_WITH_TRACE} adds a {@link RuleListener}
 * that records every evaluation (rule name and whether it applied) in a trace fact.
 */
public final class EasyRulesKonbini {

  /** Fact names. */
  static final String ORDER = "order";
  static final String SELECTED = "selectedMethods";
  static final String VIOLATIONS = "violations";
  static final String TRACE = "trace";

  /**
   * One violated rule.
   *
   * @param code the reason code, the same string as Kotowari's
   * @param params the reason's parameters
   */
  public record Violation(String code, Map<String, Object> params) {}

  /**
   * One evaluation recorded by the trace listener.
   *
   * @param rule the rule's name
   * @param applied whether its condition held (the exclusion applied)
   */
  public record TraceEntry(String rule, boolean applied) {}

  /**
   * The peer's answer.
   *
   * @param violations the violations, in rule order
   * @param trace the evaluations, empty unless traced
   */
  public record Decision(List<Violation> violations, List<TraceEntry> trace) {

    /** Whether konbini payment is allowed: nothing was violated. */
    public boolean allowed() {
      return violations.isEmpty();
    }
  }

  private final Rules rules;
  private final RulesEngine firstViolation;
  private final RulesEngine allViolations;
  private final RulesEngine traced;

  /**
   * Builds the rules of a policy.
   *
   * @param policy the policy whose limits and switches the rules follow
   */
  public EasyRulesKonbini(KonbiniPolicy policy) {
    this.rules = rules(policy);
    this.firstViolation = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
    this.allViolations = new DefaultRulesEngine();
    DefaultRulesEngine withTrace = new DefaultRulesEngine();
    withTrace.registerRuleListener(new RuleListener() {
      @Override
      public void afterEvaluate(Rule rule, Facts facts, boolean evaluationResult) {
        List<TraceEntry> trace = facts.get(TRACE);
        trace.add(new TraceEntry(rule.getName(), evaluationResult));
      }
    });
    this.traced = withTrace;
  }

  /**
   * Checks an order.
   *
   * @param order the order
   * @param selected the payment kinds selected so far
   * @param mode how much to evaluate
   * @return the violations (and the trace in {@link Mode#ALL_WITH_TRACE})
   */
  public Decision check(Order order, Set<PaymentMethod.Kind> selected, Mode mode) {
    Facts facts = new Facts();
    facts.put(ORDER, order);
    facts.put(SELECTED, selected);
    List<Violation> violations = new ArrayList<>();
    facts.put(VIOLATIONS, violations);
    List<TraceEntry> trace = new ArrayList<>();
    RulesEngine engine = switch (mode) {
      case FIRST_VIOLATION -> firstViolation;
      case ALL_VIOLATIONS -> allViolations;
      case ALL_WITH_TRACE -> {
        facts.put(TRACE, trace);
        yield traced;
      }
    };
    engine.fire(rules, facts);
    return new Decision(violations, trace);
  }

  private static Rules rules(KonbiniPolicy policy) {
    Yen max = policy.maximum();
    Yen min = policy.minimum();
    Rules rules = new Rules();
    int priority = 0;
    rules.register(rule(KonbiniReasons.AMOUNT_OVER_LIMIT.code(), priority++,
        order(f -> f.total().isGreaterThan(max)),
        f -> Map.of("total", order(f).total(), "limit", max)));
    if (min.isPositive()) {
      rules.register(rule(KonbiniReasons.AMOUNT_UNDER_MINIMUM.code(), priority++,
          order(f -> f.total().isLessThan(min)),
          f -> Map.of("total", order(f).total(), "minimum", min)));
    }
    if (policy.excludesExpress()) {
      rules.register(rule(KonbiniReasons.EXPRESS_SHIPPING.code(), priority++,
          order(o -> o.shipping().isExpress()), f -> Map.of("shipping", order(f).shipping())));
    }
    if (policy.excludesScheduled()) {
      rules.register(rule(KonbiniReasons.SCHEDULED_DELIVERY.code(), priority++,
          order(o -> o.shipping().isScheduled()), f -> Map.of("shipping", order(f).shipping())));
    }
    priority = kindRule(rules, policy, KonbiniReasons.DIGITAL_ITEM.code(), ItemKind.DIGITAL_CONTENT, priority);
    priority = kindRule(rules, policy, KonbiniReasons.GIFT_CARD_ITEM.code(), ItemKind.GIFT_CARD, priority);
    priority = kindRule(rules, policy, KonbiniReasons.SUBSCRIPTION_ITEM.code(), ItemKind.SUBSCRIPTION, priority);
    if (policy.excludesPreOrders()) {
      rules.register(rule(KonbiniReasons.PRE_ORDER_ITEM.code(), priority++,
          order(Order::hasPreOrder), f -> lines(order(f), LineItem::isPreOrder)));
    }
    rules.register(rule(KonbiniReasons.SELLER_NOT_ACCEPTING.code(), priority++,
        order(o -> !sellerAccepts(policy, o.seller())),
        f -> Map.of("seller", order(f).seller().display(java.util.Locale.ROOT))));
    if (policy.excludesPayPayOnly()) {
      rules.register(rule(KonbiniReasons.PAYPAY_ONLY.code(), priority,
          f -> {
            Set<PaymentMethod.Kind> selected = f.get(SELECTED);
            return selected.size() == 1 && selected.contains(PaymentMethod.Kind.PAYPAY);
          },
          f -> Map.of()));
    }
    return rules;
  }

  private static int kindRule(Rules rules, KonbiniPolicy policy, String code, ItemKind kind, int priority) {
    if (!policy.excludedItemKinds().contains(kind)) {
      return priority;
    }
    rules.register(rule(code, priority, order(o -> o.contains(kind)),
        f -> lines(order(f), line -> line.kind() == kind)));
    return priority + 1;
  }

  private static boolean sellerAccepts(KonbiniPolicy policy, Seller seller) {
    return seller.accepts(PaymentMethod.Kind.KONBINI)
        && !(seller instanceof Seller.Marketplace m && policy.sellersNotAccepting().contains(m.id()));
  }

  /** The count of matching lines and the ids of the first ten, as Kotowari lists them. */
  private static Map<String, Object> lines(Order order, Predicate<LineItem> matches) {
    long count = 0;
    List<String> ids = new ArrayList<>();
    for (LineItem line : order.lines()) {
      if (matches.test(line)) {
        if (count < KonbiniReasons.MAX_LISTED_LINES) {
          ids.add(line.lineId());
        }
        count++;
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("count", count);
    params.put("lines", ids);
    return params;
  }

  private static Order order(Facts facts) {
    return facts.get(ORDER);
  }

  private static org.jeasy.rules.api.Condition order(Predicate<Order> test) {
    return facts -> test.test(order(facts));
  }

  private static Rule rule(String code, int priority, org.jeasy.rules.api.Condition when,
      java.util.function.Function<Facts, Map<String, Object>> params) {
    return new RuleBuilder()
        .name(code)
        .priority(priority)
        .when(when)
        .then(facts -> {
          List<Violation> violations = facts.get(VIOLATIONS);
          violations.add(new Violation(code, params.apply(facts)));
        })
        .build();
  }
}
