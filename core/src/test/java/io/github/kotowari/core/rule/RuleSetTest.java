package io.github.kotowari.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  static final ParamKey<Integer> LIMIT = ParamKey.of("limit", Integer.class);
  static final ParamKey<Integer> ACTUAL = ParamKey.of("actual", Integer.class);
  static final RemedyCode LOWER = RemedyCode.builder("test.lower").japanese("数を減らしてください。")
      .english("Use a smaller number.").build();
  static final ReasonCode TOO_BIG = ReasonCode.builder("test.too-big").param(ACTUAL).param(LIMIT)
      .japanese("{actual} は上限 {limit} を超えています。").english("{actual} is over the limit of {limit}.").build();
  static final ReasonCode ODD = ReasonCode.builder("test.odd").japanese("奇数です。").english("It is odd.").build();
  static final ReasonCode NEGATIVE = ReasonCode.builder("test.negative").japanese("負の数です。")
      .english("It is negative.").build();

  static final Rule<Integer> AT_MOST_TEN = Rule.check("test.at-most-ten", "At most ten", n -> n <= 10,
      n -> Violation.builder(TOO_BIG).with(ACTUAL, n).with(LIMIT, 10).remedy(Remedy.of(LOWER)).build());
  static final Rule<Integer> EVEN = Rule.check("test.even", "Even", n -> n % 2 == 0, n -> Violation.of(ODD));
  static final Rule<Integer> NOT_NEGATIVE =
      Rule.check("test.not-negative", "Not negative", n -> n >= 0, n -> Violation.of(NEGATIVE));

  static final RuleSet<Integer> RULES = RuleSet.of(AT_MOST_TEN, EVEN, NOT_NEGATIVE);

  @Test
  void passingFactsGiveTheSharedAllowedDecision() {
    assertSame(Decision.allowed(), RULES.evaluate(4));
    assertSame(Decision.allowed(), RULES.evaluate(4, Mode.FIRST_VIOLATION));
    assertEquals(Decision.Status.ALLOWED, RULES.evaluate(4).status());
  }

  @Test
  void allViolationsAreReportedInRuleOrder() {
    Decision decision = RULES.evaluate(11);
    assertEquals(Decision.Status.DENIED, decision.status());
    assertEquals(List.of(TOO_BIG, ODD), decision.violations().stream().map(Violation::reason).toList());
    assertEquals(11, decision.violations().get(0).parameters().get(ACTUAL));
    assertEquals(List.of(Remedy.of(LOWER)), decision.violations().get(0).remedies());
    assertFalse(decision.isTraced());
    assertTrue(decision.trace().isEmpty());
  }

  @Test
  void firstViolationModeStopsAtTheFirst() {
    Decision decision = RULES.evaluate(11, Mode.FIRST_VIOLATION);
    assertEquals(1, decision.violations().size());
    assertEquals(TOO_BIG, decision.violations().get(0).reason());
    assertEquals(ODD, RULES.evaluate(3, Mode.FIRST_VIOLATION).violations().get(0).reason());
  }

  @Test
  void traceRecordsEveryRule() {
    RuleSet<Integer> rules = RuleSet.of(AT_MOST_TEN, EVEN.onlyWhen(n -> n > 100), NOT_NEGATIVE);
    Decision decision = rules.evaluate(11, Mode.ALL_WITH_TRACE);
    assertTrue(decision.isTraced());
    assertEquals(List.of(TraceEntry.Result.VIOLATED, TraceEntry.Result.NOT_APPLICABLE, TraceEntry.Result.PASSED),
        decision.trace().stream().map(TraceEntry::result).toList());
    assertEquals(List.of("test.at-most-ten", "test.even", "test.not-negative"),
        decision.trace().stream().map(TraceEntry::ruleId).toList());
    assertEquals("At most ten", decision.trace().get(0).description());
    assertEquals(decision.violations(), decision.trace().get(0).violations());
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.of(EVEN, Rule.check("test.even", "again", n -> true, n -> Violation.of(ODD))));
    assertTrue(e.getMessage().contains("test.even"), e.getMessage());
  }

  @Test
  void aThrowingRuleIsAnErrorNamingTheRule() {
    Rule<Integer> broken = Rule.of("test.broken", "Throws", n -> {
      throw new IllegalStateException("secret 1234-5678-9012");
    });
    RuleSet<Integer> rules = RuleSet.of(broken, EVEN);
    Decision decision = rules.evaluate(3);
    assertEquals(Decision.Status.ERROR, decision.status());
    assertFalse(decision.isAllowed());
    assertEquals("test.broken", decision.failures().get(0).ruleId());
    assertInstanceOf(IllegalStateException.class, decision.failures().get(0).cause());
    assertEquals(List.of(ODD), decision.violations().stream().map(Violation::reason).toList(),
        "evaluation goes on after a failure");
    String explained = decision.explain(Locale.ENGLISH);
    assertTrue(explained.contains("test.broken"), explained);
    assertFalse(explained.contains("1234"), "the exception's message is not shown");
    assertEquals(Decision.Status.ERROR, rules.evaluate(2, Mode.FIRST_VIOLATION).status());
    assertEquals(TraceEntry.Result.FAILED, rules.evaluate(2, Mode.ALL_WITH_TRACE).trace().get(0).result());
  }

  @Test
  void aFailureInsideACompositeNamesTheInnermostRule() {
    Rule<Integer> broken = Rule.of("test.inner", "Throws", n -> {
      throw new ArithmeticException();
    });
    Rule<Integer> composite = Rule.allOf("test.outer", "Both", EVEN, broken);
    Decision decision = RuleSet.of(composite).evaluate(2);
    assertEquals("test.inner", decision.failures().get(0).ruleId());
    assertInstanceOf(ArithmeticException.class, decision.failures().get(0).cause());
    RuleEvaluationException direct = assertThrows(RuleEvaluationException.class, () -> composite.evaluate(2));
    assertEquals("test.inner", direct.ruleId());
  }

  @Test
  void aRuleReturningNullIsAFailureNotAPass() {
    Rule<Integer> sloppy = Rule.of("test.sloppy", "Returns null", n -> null);
    Decision decision = RuleSet.of(sloppy).evaluate(1);
    assertEquals(Decision.Status.ERROR, decision.status());
    assertInstanceOf(NullPointerException.class, decision.failures().get(0).cause());
  }

  @Test
  void explainRendersBothLanguagesWithParametersAndRemedies() {
    Decision decision = RULES.evaluate(11);
    assertEquals("判定: 不可（理由 2 件）\n"
        + "1. 11 は上限 10 を超えています。 [test.too-big]\n"
        + "   → 数を減らしてください。\n"
        + "2. 奇数です。 [test.odd]", decision.explain(Locale.JAPAN));
    assertEquals("Decision: not allowed (2 reasons)\n"
        + "1. 11 is over the limit of 10. [test.too-big]\n"
        + "   → Use a smaller number.\n"
        + "2. It is odd. [test.odd]", decision.explain(Locale.UK));
    assertEquals("Decision: allowed", Decision.allowed().explain(Locale.FRANCE));
  }

  @Test
  void decisionHelpers() {
    Decision decision = RULES.evaluate(11);
    assertTrue(decision.hasReason(ODD));
    assertFalse(decision.hasReason(NEGATIVE));
    assertEquals("DENIED[test.too-big, test.odd]", decision.toString());
    assertEquals("ALLOWED[]", Decision.allowed().toString());
    assertEquals("RuleSet[test.at-most-ten, test.even, test.not-negative]", RULES.toString());
    assertEquals(ImmutableList.of(AT_MOST_TEN, EVEN, NOT_NEGATIVE), RULES.rules());
  }

  @Test
  void compositesFollowTheirDefinitions() {
    Rule<Integer> both = Rule.allOf("test.both", "Both", AT_MOST_TEN, EVEN);
    Rule<Integer> either = Rule.anyOf("test.either", "Either", AT_MOST_TEN, EVEN);
    Rule<Integer> odd = Rule.not("test.odd-only", "Odd", EVEN, n -> Violation.of(NEGATIVE));
    assertEquals(List.of(TOO_BIG, ODD), both.evaluate(11).violations().stream().map(Violation::reason).toList());
    assertTrue(either.evaluate(12).passed());
    assertEquals(List.of(TOO_BIG, ODD), either.evaluate(13).violations().stream().map(Violation::reason).toList());
    assertTrue(odd.evaluate(3).passed());
    assertEquals(Outcome.violated(Violation.of(NEGATIVE)), odd.evaluate(4));
    assertEquals(Outcome.Status.NOT_APPLICABLE, EVEN.onlyWhen(n -> false).evaluate(3).status());
    assertThrows(IllegalArgumentException.class, () -> Rule.allOf("test.empty", "None", List.<Rule<Integer>>of()));
  }

  @Test
  void ruleIdsAndDescriptionsAreValidated() {
    for (String bad : List.of("", "nodot", "Upper.case", "a..b", "a.-b", "a.b-", "a.b c", "ａ.b")) {
      assertThrows(IllegalArgumentException.class, () -> Rule.check(bad, "d", n -> true, n -> Violation.of(ODD)),
          bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Rule.check("a.b", " ", n -> true, n -> Violation.of(ODD)));
  }
}
