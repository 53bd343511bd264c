package io.github.kotowari.core.rule;

/**
 * How much work a {@link RuleSet} does for one evaluation.
 *
 * <pre>{@code
 * rules.evaluate(order, Mode.FIRST_VIOLATION);   // hot path: stop at the first violation
 * rules.evaluate(order, Mode.ALL_VIOLATIONS);    // checkout page: every reason at once
 * rules.evaluate(order, Mode.ALL_WITH_TRACE);    // support tool: every rule and its result
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Mode {
  /**
   * Stop at the first rule that is violated or fails. For hot paths that only need yes or no and one
   * reason. The violation returned is the first one {@link #ALL_VIOLATIONS} would return.
   */
  FIRST_VIOLATION,
  /** Evaluate every rule and collect every violation, so a page can show all reasons at once. */
  ALL_VIOLATIONS,
  /**
   * Like {@link #ALL_VIOLATIONS}, and also record a {@link TraceEntry} for every rule with its result,
   * for support tools that show why each rule passed or not.
   */
  ALL_WITH_TRACE
}
