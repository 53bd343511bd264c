package io.github.kotowari.core.rule;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by {@link Rule#evaluate(Object)} of a composite rule when one of its parts throws; names
 * the innermost rule that threw. {@link RuleSet} turns it into a {@link RuleFailure}.
 *
 * <p>The message names the rule and the cause's class only, never the cause's message.
 *
 * <pre>{@code
 * try {
 *   Rule.allOf("shop.all", "all parts", partThatThrows).evaluate(order);
 * } catch (RuleEvaluationException e) {
 *   e.ruleId();   // the id of the part that threw
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleEvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the innermost rule that threw. */
  private final String ruleId;

  RuleEvaluationException(String ruleId, RuntimeException cause) {
    super("rule " + ruleId + " threw " + cause.getClass().getName(), requireNonNull(cause, "cause"));
    this.ruleId = ruleId;
  }

  /**
   * Returns the id of the innermost rule that threw.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }
}
