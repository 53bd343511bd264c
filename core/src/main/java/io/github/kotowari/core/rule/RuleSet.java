package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An ordered, immutable set of rules over facts {@code F}, evaluated into a {@link Decision}.
 *
 * <pre>{@code
 * RuleSet<Order> rules = RuleSet.of(underCap, notExpress);
 * Decision decision = rules.evaluate(order);                       // every violation
 * Decision quick = rules.evaluate(order, Mode.FIRST_VIOLATION);    // stop at the first
 * Decision traced = rules.evaluate(order, Mode.ALL_WITH_TRACE);    // and why each rule said so
 * }</pre>
 *
 * <p><b>Order.</b> Rules are evaluated one after another in the order they were added, and
 * violations are reported in that order (within a rule, in the order the rule gives them).
 *
 * <p><b>Failures.</b> A rule that throws a {@code RuntimeException} does not count as passed or
 * violated: the decision becomes {@link Decision.Status#ERROR} with a {@link RuleFailure} naming the
 * rule, and evaluation goes on with the next rule (or stops, in {@link Mode#FIRST_VIOLATION}).
 * {@code Error}s propagate.
 *
 * <p><b>Cost.</b> When every rule passes and no trace is asked for, evaluation allocates nothing of
 * its own and returns the shared {@link Decision#allowed()} instance.
 *
 * <p>Rule ids are unique within a set; {@link Builder#build()} rejects duplicates. A rule set is
 * immutable and can be shared by any number of threads, provided its rules are pure functions.
 *
 * @param <F> the type of the facts
 * @since 0.1.0
 */
public final class RuleSet<F> {
  private final ImmutableList<Rule<? super F>> rules;

  private RuleSet(ImmutableList<Rule<? super F>> rules) {
    this.rules = rules;
  }

  /**
   * Returns a rule set of the given rules, in order.
   *
   * @param <F> the type of the facts
   * @param rules the rules
   * @return the rule set, never null
   * @throws IllegalArgumentException if two rules share an id
   */
  @SafeVarargs
  public static <F> RuleSet<F> of(Rule<? super F>... rules) {
    Builder<F> builder = builder();
    for (Rule<? super F> rule : rules) {
      builder.add(rule);
    }
    return builder.build();
  }

  /**
   * Starts building a rule set.
   *
   * @param <F> the type of the facts
   * @return an empty builder
   */
  public static <F> Builder<F> builder() {
    return new Builder<>();
  }

  /**
   * Returns the rules, in evaluation order.
   *
   * @return the rules, never null
   */
  public ImmutableList<Rule<? super F>> rules() {
    return rules;
  }

  /**
   * Evaluates every rule and collects every violation; same as
   * {@code evaluate(facts, Mode.ALL_VIOLATIONS)}.
   *
   * @param facts the facts, not null
   * @return the decision, never null
   */
  public Decision evaluate(F facts) {
    return evaluate(facts, Mode.ALL_VIOLATIONS);
  }

  /**
   * Evaluates the rules in {@code mode}.
   *
   * @param facts the facts, not null
   * @param mode how much to evaluate and record, not null
   * @return the decision, never null
   */
  public Decision evaluate(F facts, Mode mode) {
    requireNonNull(facts, "facts");
    requireNonNull(mode, "mode");
    if (mode == Mode.ALL_WITH_TRACE) {
      return evaluateWithTrace(facts);
    }
    boolean firstOnly = mode == Mode.FIRST_VIOLATION;
    ImmutableList.@Nullable Builder<Violation> violations = null;
    ImmutableList.@Nullable Builder<RuleFailure> failures = null;
    for (int i = 0; i < rules.size(); i++) {
      Rule<? super F> rule = rules.get(i);
      Outcome outcome;
      try {
        outcome = rule.evaluate(facts);
      } catch (RuntimeException e) {
        RuleFailure failure = failureOf(rule, e);
        if (firstOnly) {
          return Decision.of(ImmutableList.of(), ImmutableList.of(failure), ImmutableList.of(), false);
        }
        if (failures == null) {
          failures = ImmutableList.builder();
        }
        failures.add(failure);
        continue;
      }
      if (!outcome.passed()) {
        if (firstOnly) {
          return Decision.of(ImmutableList.of(outcome.violations().get(0)), ImmutableList.of(),
              ImmutableList.of(), false);
        }
        if (violations == null) {
          violations = ImmutableList.builder();
        }
        violations.addAll(outcome.violations());
      }
    }
    if (violations == null && failures == null) {
      return Decision.allowed();
    }
    return Decision.of(violations == null ? ImmutableList.of() : violations.build(),
        failures == null ? ImmutableList.of() : failures.build(), ImmutableList.of(), false);
  }

  private Decision evaluateWithTrace(F facts) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    ImmutableList.Builder<RuleFailure> failures = ImmutableList.builder();
    ImmutableList.Builder<TraceEntry> trace = ImmutableList.builderWithExpectedSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Rule<? super F> rule = rules.get(i);
      try {
        Outcome outcome = rule.evaluate(facts);
        violations.addAll(outcome.violations());
        trace.add(new TraceEntry(rule.id(), rule.description(), resultOf(outcome.status()),
            outcome.violations(), null));
      } catch (RuntimeException e) {
        RuleFailure failure = failureOf(rule, e);
        failures.add(failure);
        trace.add(new TraceEntry(rule.id(), rule.description(), TraceEntry.Result.FAILED,
            ImmutableList.of(), failure));
      }
    }
    return Decision.of(violations.build(), failures.build(), trace.build(), true);
  }

  private static TraceEntry.Result resultOf(Outcome.Status status) {
    switch (status) {
      case PASSED:
        return TraceEntry.Result.PASSED;
      case NOT_APPLICABLE:
        return TraceEntry.Result.NOT_APPLICABLE;
      default:
        return TraceEntry.Result.VIOLATED;
    }
  }

  private static RuleFailure failureOf(Rule<?> rule, RuntimeException e) {
    if (e instanceof RuleEvaluationException) {
      RuleEvaluationException nested = (RuleEvaluationException) e;
      return RuleFailure.of(nested.ruleId(), requireNonNull(nested.getCause()));
    }
    return RuleFailure.of(rule.id(), e);
  }

  /** Returns the rule ids, in order. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RuleSet[");
    for (int i = 0; i < rules.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(rules.get(i).id());
    }
    return out.append(']').toString();
  }

  /**
   * Builds a {@link RuleSet}; rules keep the order they are added in.
   *
   * @param <F> the type of the facts
   * @since 0.1.0
   */
  public static final class Builder<F> {
    private final ImmutableList.Builder<Rule<? super F>> rules = ImmutableList.builder();
    private final Set<String> ids = new HashSet<>();

    private Builder() {}

    /**
     * Adds a rule after the ones already added.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was already added
     */
    public Builder<F> add(Rule<? super F> rule) {
      requireNonNull(rule, "rule");
      checkArgument(ids.add(rule.id()), "duplicate rule id '%s'", rule.id());
      rules.add(rule);
      return this;
    }

    /**
     * Adds every rule of {@code more}, in order.
     *
     * @param more the rules, not null
     * @return this builder
     * @throws IllegalArgumentException if a rule's id was already added
     */
    public Builder<F> addAll(List<? extends Rule<? super F>> more) {
      for (Rule<? super F> rule : more) {
        add(rule);
      }
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set, never null
     */
    public RuleSet<F> build() {
      return new RuleSet<>(rules.build());
    }
  }
}
