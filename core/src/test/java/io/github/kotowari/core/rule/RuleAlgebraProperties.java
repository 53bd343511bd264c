package io.github.kotowari.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Composition obeys boolean algebra: random rule trees, evaluated by the library, agree with a
 * plain recursive reference evaluation over the same facts.
 */
class RuleAlgebraProperties {

  static final ParamKey<Integer> BIT = ParamKey.of("bit", Integer.class);
  static final ReasonCode MISSING = ReasonCode.builder("test.bit-missing").param(BIT)
      .japanese("ビット {bit} がありません。").english("Bit {bit} is missing.").build();
  static final ReasonCode NEGATED = ReasonCode.builder("test.negated").japanese("否定").english("Negated").build();

  /** A rule tree over facts that are 8-bit masks. */
  sealed interface Tree permits Leaf, All, Any, Not, Guard {}

  record Leaf(int bit) implements Tree {}

  record All(List<Tree> parts) implements Tree {}

  record Any(List<Tree> parts) implements Tree {}

  record Not(Tree part) implements Tree {}

  record Guard(int bit, Tree part) implements Tree {}

  static boolean reference(Tree tree, int facts) {
    if (tree instanceof Leaf leaf) {
      return (facts & (1 << leaf.bit())) != 0;
    }
    if (tree instanceof All all) {
      return all.parts().stream().allMatch(t -> reference(t, facts));
    }
    if (tree instanceof Any any) {
      return any.parts().stream().anyMatch(t -> reference(t, facts));
    }
    if (tree instanceof Not not) {
      return !reference(not.part(), facts);
    }
    Guard guard = (Guard) tree;
    return (facts & (1 << guard.bit())) == 0 || reference(guard.part(), facts);
  }

  static Rule<Integer> build(Tree tree, AtomicInteger ids) {
    String id = "t.n" + ids.incrementAndGet();
    if (tree instanceof Leaf leaf) {
      int bit = leaf.bit();
      return Rule.check(id, "bit " + bit, n -> (n & (1 << bit)) != 0,
          n -> Violation.builder(MISSING).with(BIT, bit).build());
    }
    if (tree instanceof All all) {
      return Rule.allOf(id, "all", parts(all.parts(), ids));
    }
    if (tree instanceof Any any) {
      return Rule.anyOf(id, "any", parts(any.parts(), ids));
    }
    if (tree instanceof Not not) {
      return Rule.not(id, "not", build(not.part(), ids), n -> Violation.of(NEGATED));
    }
    Guard guard = (Guard) tree;
    return build(guard.part(), ids).onlyWhen(n -> (n & (1 << guard.bit())) != 0);
  }

  static List<Rule<Integer>> parts(List<Tree> trees, AtomicInteger ids) {
    List<Rule<Integer>> rules = new ArrayList<>();
    for (Tree t : trees) {
      rules.add(build(t, ids));
    }
    return rules;
  }

  @Provide
  Arbitrary<Tree> trees() {
    return trees(3);
  }

  static Arbitrary<Tree> trees(int depth) {
    Arbitrary<Tree> leaf = Arbitraries.integers().between(0, 7).map(Leaf::new);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Tree> sub = trees(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf),
        Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(All::new)),
        Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(Any::new)),
        Tuple.of(1, sub.map(Not::new)),
        Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 7), sub).as(Guard::new)));
  }

  @Property
  void compositionMatchesTheReferenceEvaluation(@ForAll("trees") Tree tree, @ForAll @IntRange(max = 255) int facts) {
    Rule<Integer> rule = build(tree, new AtomicInteger());
    assertEquals(reference(tree, facts), rule.evaluate(facts).passed(), tree::toString);
  }

  @Property
  void firstViolationModeReturnsTheFirstViolationOfAllMode(@ForAll("trees") Tree a, @ForAll("trees") Tree b,
      @ForAll("trees") Tree c, @ForAll @IntRange(max = 255) int facts) {
    AtomicInteger ids = new AtomicInteger();
    RuleSet<Integer> rules = RuleSet.of(build(a, ids), build(b, ids), build(c, ids));
    Decision all = rules.evaluate(facts, Mode.ALL_VIOLATIONS);
    Decision first = rules.evaluate(facts, Mode.FIRST_VIOLATION);
    Decision traced = rules.evaluate(facts, Mode.ALL_WITH_TRACE);
    assertEquals(all.isAllowed(), first.isAllowed());
    assertEquals(all.violations(), traced.violations());
    assertEquals(3, traced.trace().size());
    if (!all.isAllowed()) {
      assertEquals(List.of(all.violations().get(0)), first.violations());
    }
  }
}
