package io.github.kotowari.core.rule;

import static io.github.kotowari.core.rule.RuleSetTest.EVEN;
import static io.github.kotowari.core.rule.RuleSetTest.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contracts of the rule value types that the behaviour tests leave implicit: equality of decisions,
 * trace entries and failures; hash codes that tell different values apart (they key maps and caches of
 * decisions); the text forms; and the checks on parameter names and values.
 */
class RuleValueContractsTest {

  static final ParamKey<Integer> COUNT = ParamKey.of("count", Integer.class);
  static final ParamKey<List<Integer>> COUNTS = ParamKey.listOf("counts", Integer.class);
  static final ReasonCode TOO_MANY = ReasonCode.builder("test.too-many").param(COUNT)
      .japanese("{count} 件は多すぎます。").english("{count} is too many.").build();
  static final RemedyCode SPLIT = RemedyCode.builder("test.split").param(COUNT)
      .japanese("{count} 件ずつに分けてください。").english("Split into parts of {count}.").build();

  static Violation tooMany(int n) {
    return Violation.builder(TOO_MANY).with(COUNT, n).build();
  }

  /** Distinct values must not all share a hash code: 20 distinct values give at least 15 codes. */
  static void assertHashesSpread(List<?> distinct) {
    assertEquals(distinct.size(), new HashSet<>(distinct).size(), "the values are distinct");
    Set<Integer> hashes = new HashSet<>();
    distinct.forEach(v -> hashes.add(v.hashCode()));
    assertTrue(hashes.size() * 4 >= distinct.size() * 3, () -> hashes.size() + " hash codes for " + distinct);
  }

  @Test
  void hashCodesTellValuesApart() {
    List<Integer> ns = List.of(1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181,
        6765, 10946);
    assertHashesSpread(ns.stream().map(RuleValueContractsTest::tooMany).toList());
    assertHashesSpread(ns.stream().map(n -> Outcome.violated(tooMany(n))).toList());
    assertHashesSpread(ns.stream().map(n -> Remedy.builder(SPLIT).with(COUNT, n).build()).toList());
    assertHashesSpread(ns.stream().map(n -> ParamKey.of("p" + n, Integer.class)).toList());
    assertHashesSpread(ns.stream().map(n -> ParamKey.listOf("p" + n, Integer.class)).toList());
    assertHashesSpread(ns.stream().map(n -> ReasonCode.builder("test.c" + n).japanese("あ").english("a").build())
        .toList());
    assertHashesSpread(ns.stream().map(n -> RemedyCode.builder("test.r" + n).japanese("あ").english("a").build())
        .toList());
    assertHashesSpread(ns.stream().map(n -> tooMany(n).parameters()).toList());
    assertHashesSpread(ns.stream().map(n -> RULES.evaluate(n * 2 + 11)).toList());
    assertHashesSpread(ns.stream().map(n -> RuleFailure.of("test.rule-" + n, new IllegalStateException())).toList());
    assertHashesSpread(ns.stream().flatMap(n -> RULES.evaluate(n, Mode.ALL_WITH_TRACE).trace().stream())
        .distinct().toList());
  }

  @Test
  void aParameterKeyOfTheSameNameButAListIsADifferentKeyWithADifferentHash() {
    assertNotEquals(COUNT, ParamKey.listOf("count", Integer.class));
    assertNotEquals(COUNT.hashCode(), ParamKey.listOf("count", Integer.class).hashCode());
  }

  @Test
  void decisionsAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(Decision.allowed(), RULES.evaluate(4))
        .addEqualityGroup(RULES.evaluate(11), RULES.evaluate(11))
        .addEqualityGroup(RULES.evaluate(13))
        .addEqualityGroup(RULES.evaluate(4, Mode.ALL_WITH_TRACE), RULES.evaluate(4, Mode.ALL_WITH_TRACE))
        .addEqualityGroup(RULES.evaluate(11, Mode.ALL_WITH_TRACE))
        .testEquals();
    assertEquals("ALLOWED[]", Decision.allowed().toString());
    assertEquals("DENIED[test.too-big, test.odd]", RULES.evaluate(11).toString());
  }

  @Test
  void oneReasonIsSingularInEnglish() {
    String one = RuleSet.of(EVEN).evaluate(3).explain(Locale.ENGLISH);
    assertTrue(one.startsWith("Decision: not allowed (1 reason)"), one);
    String two = RULES.evaluate(11).explain(Locale.ENGLISH);
    assertTrue(two.startsWith("Decision: not allowed (2 reasons)"), two);
  }

  @Test
  void failedRulesAreEqualByRuleAndCauseAndNameBoth() {
    IllegalStateException cause = new IllegalStateException("boom");
    RuleFailure failure = RuleFailure.of("test.rule", cause);
    new EqualsTester()
        .addEqualityGroup(failure, RuleFailure.of("test.rule", cause))
        .addEqualityGroup(RuleFailure.of("test.other", cause))
        .testEquals();
    String ja = failure.message(Locale.JAPANESE);
    String en = failure.message(Locale.ENGLISH);
    assertTrue(ja.contains("ルール test.rule") && ja.contains(IllegalStateException.class.getName()), ja);
    assertTrue(en.startsWith("Rule test.rule failed with " + IllegalStateException.class.getName()), en);
    assertTrue(failure.toString().contains("test.rule"), failure.toString());

    Rule<Integer> throwing = Rule.of("test.throws", "Throws", n -> {
      throw cause;
    });
    Decision decision = RuleSet.of(throwing, EVEN).evaluate(3, Mode.ALL_WITH_TRACE);
    TraceEntry entry = decision.trace().get(0);
    assertEquals("test.throws", entry.ruleId());
    assertTrue(entry.failure().isPresent());
    assertEquals("test.throws", entry.failure().get().ruleId());
    assertTrue(entry.toString().startsWith("test.throws: "), entry.toString());
    assertTrue(entry.toString().contains("test.throws"), entry.toString());
    assertTrue(decision.toString().startsWith("ERROR["), decision.toString());
    assertTrue(decision.toString().contains(", "), "a violation and a failure are listed apart: " + decision);
    new EqualsTester()
        .addEqualityGroup(entry, RuleSet.of(throwing, EVEN).evaluate(3, Mode.ALL_WITH_TRACE).trace().get(0))
        .addEqualityGroup(decision.trace().get(1))
        .testEquals();
  }

  @Test
  void textFormsNameTheirContent() {
    Violation v = tooMany(3);
    assertEquals("VIOLATED[" + v + "]", Outcome.violated(v).toString());
    assertEquals("PASSED", Outcome.pass().toString());
    assertTrue(v.toString().contains("test.too-many"), v.toString());
    assertTrue(v.toString().contains("count=3"), v.toString());
    Violation withRemedy = Violation.builder(TOO_MANY).with(COUNT, 3)
        .remedy(Remedy.builder(SPLIT).with(COUNT, 2).build()).build();
    assertNotEquals(v.toString(), withRemedy.toString());
    assertEquals("{count=3}", v.parameters().toString());
    assertEquals("{}", Parameters.empty().toString());
    Remedy remedy = Remedy.builder(SPLIT).with(COUNT, 2).build();
    assertTrue(remedy.toString().contains("test.split"), remedy.toString());
    assertEquals("test.split", SPLIT.code());
    assertTrue(SPLIT.toString().contains("test.split"), SPLIT.toString());
    assertTrue(TOO_MANY.toString().contains("test.too-many"), TOO_MANY.toString());
    assertEquals("Split into parts of {count}.", SPLIT.template(io.github.kotowari.core.Language.ENGLISH));
    assertEquals("Split into parts of 2.", remedy.message(Locale.ENGLISH));
    assertEquals("2 件ずつに分けてください。", remedy.message(Locale.JAPANESE));
    assertTrue(EVEN.toString().contains("test.even"), EVEN.toString());
  }

  @Test
  void outcomesAndRemediesCheckTheirArguments() {
    assertThrows(IllegalArgumentException.class, () -> Outcome.violated(List.of()));
    assertEquals(2, Outcome.violated(tooMany(1), tooMany(2)).violations().size());
    assertThrows(IllegalArgumentException.class, () -> Remedy.builder(SPLIT).build(),
        "a remedy needs every parameter its code declares");
    assertThrows(IllegalArgumentException.class,
        () -> Remedy.builder(SPLIT).with(ParamKey.of("count", Long.class), 2L));
  }

  @Test
  void parameterNamesAndValuesAreChecked() {
    assertEquals("a234567890123456789012345678901234567890",
        ParamKey.of("a234567890123456789012345678901234567890", Integer.class).name());
    assertThrows(IllegalArgumentException.class,
        () -> ParamKey.of("a2345678901234567890123456789012345678901", Integer.class));
    assertThrows(IllegalArgumentException.class, () -> ParamKey.of("", Integer.class));
    assertThrows(IllegalArgumentException.class, () -> ParamKey.of("9lives", Integer.class));
    assertThrows(IllegalArgumentException.class, () -> ParamKey.of("Upper", Integer.class));
    ReasonCode listed = ReasonCode.builder("test.listed").param(COUNTS).japanese("{counts}").english("{counts}")
        .build();
    @SuppressWarnings({"unchecked", "rawtypes"})
    ParamKey<Object> raw = (ParamKey) COUNTS;
    assertThrows(IllegalArgumentException.class, () -> Violation.builder(listed).with(raw, 3));
    assertThrows(IllegalArgumentException.class, () -> Violation.builder(listed).with(raw, List.of("three")));
    assertEquals("1, 2", Violation.builder(listed).with(COUNTS, List.of(1, 2)).build().message(Locale.ENGLISH));
    assertThrows(IllegalArgumentException.class,
        () -> Violation.builder(TOO_MANY).with(COUNT, 1).with(ParamKey.of("count", Long.class), 1L));
  }

  @Test
  void codesAreAtMostOneHundredCharacters() {
    String hundred = "test." + "a".repeat(95);
    assertEquals(hundred, ReasonCode.builder(hundred).japanese("あ").english("a").build().code());
    assertThrows(IllegalArgumentException.class,
        () -> ReasonCode.builder(hundred + "a").japanese("あ").english("a").build());
  }

  @Test
  void placeholdersAreParsedWherePlaced() {
    ReasonCode code = ReasonCode.builder("test.place").param(COUNT)
        .japanese("x{count}y{count}").english("{count}").build();
    assertEquals("x7y7", Violation.builder(code).with(COUNT, 7).build().message(Locale.JAPANESE));
    assertThrows(IllegalArgumentException.class,
        () -> ReasonCode.builder("test.place").param(COUNT).japanese("{count}}").english("a").build());
    assertThrows(IllegalArgumentException.class,
        () -> ReasonCode.builder("test.place").param(COUNT).japanese("a{").english("a").build());
    assertFalse(code.parameters().isEmpty());
  }
}
