package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A named, typed, immutable rule: a function from facts {@code F} to an {@link Outcome}.
 *
 * <pre>{@code
 * Rule<Order> underCap = Rule.check("shop.amount-over-limit", "The total is at most the cap",
 *     order -> order.total().compareTo(CAP) <= 0,
 *     order -> Violation.builder(OVER_LIMIT).with(TOTAL, order.total()).with(LIMIT, CAP).build());
 *
 * Rule<Order> notExpress = Rule.check("shop.express", "Standard shipping",
 *     order -> order.shipping() != ShippingOption.EXPRESS, order -> Violation.of(EXPRESS));
 *
 * Rule<Order> both = Rule.allOf("shop.payable", "Payable at the store", underCap, notExpress);
 * }</pre>
 *
 * <p>Rules compose with {@link #allOf}, {@link #anyOf}, {@link #not} and {@link #onlyWhen} — plain
 * Java, no reflection, annotations, expression strings or parser. A rule must be a pure function of
 * its facts: the same facts always give the same outcome, and the rule keeps no state, so one rule
 * can be evaluated from many threads at once.
 *
 * <p>The id is stable and unique within a {@link RuleSet}; it has the same syntax as reason codes
 * ({@code namespace.name}). Rules compare by identity: two separately built rules are different rules
 * even with equal ids. This class is immutable and thread-safe if its functions are.
 *
 * @param <F> the type of the facts the rule reads
 * @since 0.1.0
 */
public final class Rule<F> {

  /**
   * The body of a rule: computes the outcome for some facts. Must be pure and thread-safe.
   *
   * @param <F> the type of the facts
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Check<F> {
    /**
     * Evaluates the facts.
     *
     * @param facts the facts, not null
     * @return the outcome, never null
     */
    Outcome evaluate(F facts);
  }

  private final String id;
  private final String description;
  private final Check<? super F> check;

  private Rule(String id, String description, Check<? super F> check) {
    this.id = CodeSpec.checkCode(id, "rule id");
    requireNonNull(description, "description");
    checkArgument(!description.isBlank(), "rule %s needs a description", id);
    this.description = description;
    this.check = requireNonNull(check, "check");
  }

  /**
   * Returns a rule with the given body.
   *
   * @param <F> the type of the facts
   * @param id the stable id, such as {@code konbini.amount-over-limit}
   * @param description a short description of what the rule requires
   * @param check the body
   * @return the rule, never null
   * @throws IllegalArgumentException if the id is malformed or the description blank
   */
  public static <F> Rule<F> of(String id, String description, Check<? super F> check) {
    return new Rule<>(id, description, check);
  }

  /**
   * Returns a rule that passes when {@code condition} holds and otherwise is violated with the
   * violation {@code otherwise} builds.
   *
   * @param <F> the type of the facts
   * @param id the stable id
   * @param description a short description of what the rule requires
   * @param condition what must hold
   * @param otherwise builds the violation when it does not; called only then
   * @return the rule, never null
   */
  public static <F> Rule<F> check(String id, String description, Predicate<? super F> condition,
      Function<? super F, Violation> otherwise) {
    requireNonNull(condition, "condition");
    requireNonNull(otherwise, "otherwise");
    return new Rule<>(id, description,
        facts -> condition.test(facts) ? Outcome.pass() : Outcome.violated(otherwise.apply(facts)));
  }

  /**
   * Returns a rule that passes when every part passes; otherwise it is violated with the violations
   * of every violated part, in order. Every part is evaluated.
   *
   * @param <F> the type of the facts
   * @param id the stable id
   * @param description a short description
   * @param parts the parts, at least one
   * @return the rule, never null
   */
  @SafeVarargs
  public static <F> Rule<F> allOf(String id, String description, Rule<? super F>... parts) {
    ImmutableList.Builder<Rule<? super F>> list = ImmutableList.builderWithExpectedSize(parts.length);
    for (Rule<? super F> part : parts) {
      list.add(part);
    }
    return Rule.<F>allOf(id, description, list.build());
  }

  /**
   * Returns a rule that passes when every part passes, as {@link #allOf(String, String, Rule[])}.
   *
   * @param <F> the type of the facts
   * @param id the stable id
   * @param description a short description
   * @param parts the parts, at least one
   * @return the rule, never null
   */
  public static <F> Rule<F> allOf(String id, String description, List<? extends Rule<? super F>> parts) {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    ImmutableList<Rule<? super F>> copy = checkParts(parts);
    return new Rule<>(id, description, facts -> {
      @Nullable List<Violation> violations = null;
      for (int i = 0; i < copy.size(); i++) {
        Outcome outcome = evaluatePart(copy.get(i), facts);
        if (!outcome.passed()) {
          if (violations == null) {
            violations = new ArrayList<>();
          }
          violations.addAll(outcome.violations());
        }
      }
      return violations == null ? Outcome.pass() : Outcome.violated(violations);
    });
  }

  /**
   * Returns a rule that passes when at least one part passes; when none does, it is violated with the
   * violations of every part, in order. Evaluation stops at the first part that passes.
   *
   * @param <F> the type of the facts
   * @param id the stable id
   * @param description a short description
   * @param parts the parts, at least one
   * @return the rule, never null
   */
  @SafeVarargs
  public static <F> Rule<F> anyOf(String id, String description, Rule<? super F>... parts) {
    ImmutableList.Builder<Rule<? super F>> list = ImmutableList.builderWithExpectedSize(parts.length);
    for (Rule<? super F> part : parts) {
      list.add(part);
    }
    return Rule.<F>anyOf(id, description, list.build());
  }

  /**
   * Returns a rule that passes when at least one part passes, as
   * {@link #anyOf(String, String, Rule[])}.
   *
   * @param <F> the type of the facts
   * @param id the stable id
   * @param description a short description
   * @param parts the parts, at least one
   * @return the rule, never null
   */
  public static <F> Rule<F> anyOf(String id, String description, List<? extends Rule<? super F>> parts) {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    ImmutableList<Rule<? super F>> copy = checkParts(parts);
    return new Rule<>(id, description, facts -> {
      List<Violation> violations = new ArrayList<>();
      for (int i = 0; i < copy.size(); i++) {
        Outcome outcome = evaluatePart(copy.get(i), facts);
        if (outcome.passed()) {
          return Outcome.pass();
        }
        violations.addAll(outcome.violations());
      }
      return Outcome.violated(violations);
    });
  }

  /**
   * Returns a rule that passes when {@code rule} is violated, and is violated with
   * {@code whenItPasses}'s violation when {@code rule} passes or does not apply.
   *
   * @param <F> the type of the facts
   * @param id the stable id
   * @param description a short description
   * @param rule the rule to negate
   * @param whenItPasses builds the violation when {@code rule} is satisfied
   * @return the rule, never null
   */
  public static <F> Rule<F> not(String id, String description, Rule<? super F> rule,
      Function<? super F, Violation> whenItPasses) {
    requireNonNull(rule, "rule");
    requireNonNull(whenItPasses, "whenItPasses");
    return new Rule<>(id, description,
        facts -> evaluatePart(rule, facts).passed() ? Outcome.violated(whenItPasses.apply(facts)) : Outcome.pass());
  }

  /**
   * Returns this rule guarded by {@code guard}: when the guard does not hold, the rule is
   * {@link Outcome.Status#NOT_APPLICABLE} and its body is not evaluated. Same id and description.
   *
   * @param guard when the rule applies
   * @return the guarded rule, never null
   */
  public Rule<F> onlyWhen(Predicate<? super F> guard) {
    requireNonNull(guard, "guard");
    Check<? super F> body = check;
    return new Rule<>(id, description, facts -> guard.test(facts) ? body.evaluate(facts) : Outcome.notApplicable());
  }

  /**
   * Returns the stable id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the short description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Evaluates the rule. Exceptions from the rule's own body propagate unchanged; exceptions from a
   * part of a composite rule propagate as {@link RuleEvaluationException} naming that part. Use a
   * {@link RuleSet} to turn them into a {@link RuleFailure}.
   *
   * @param facts the facts, not null
   * @return the outcome, never null
   * @throws NullPointerException if {@code facts} is null or the body returns null
   */
  public Outcome evaluate(F facts) {
    requireNonNull(facts, "facts");
    return requireNonNull(check.evaluate(facts), () -> "rule " + id + " returned no outcome");
  }

  private static <F> Outcome evaluatePart(Rule<? super F> part, F facts) {
    try {
      return part.evaluate(facts);
    } catch (RuleEvaluationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleEvaluationException(part.id, e);
    }
  }

  private static <F> ImmutableList<Rule<? super F>> checkParts(List<? extends Rule<? super F>> parts) {
    ImmutableList<Rule<? super F>> copy = ImmutableList.copyOf(parts);
    checkArgument(!copy.isEmpty(), "a composite rule needs at least one part");
    return copy;
  }

  /** Returns {@code Rule[id]}. */
  @Override
  public String toString() {
    return "Rule[" + id + "]";
  }
}
