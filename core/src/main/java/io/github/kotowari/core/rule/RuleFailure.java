package io.github.kotowari.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import io.github.kotowari.core.Language;
import org.jspecify.annotations.Nullable;

/**
 * A rule that threw instead of answering. A rule set never turns an exception into a silent "false":
 * the decision becomes {@link Decision.Status#ERROR} and names the rule here.
 *
 * <p>The exception is kept for logging by the caller, but {@link #toString()} and
 * {@link #message(Locale)} show only its class name, never its message, which may contain sensitive
 * input. Equality is by rule id and the exception instance. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Decision d = rules.evaluate(order);
 * if (d.status() == Decision.Status.ERROR) {
 *   for (RuleFailure f : d.failures()) {
 *     log.error("rule " + f.ruleId() + " failed", f.cause());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleFailure {
  private final String ruleId;
  private final Throwable cause;

  private RuleFailure(String ruleId, Throwable cause) {
    this.ruleId = ruleId;
    this.cause = cause;
  }

  /**
   * Returns a failure of rule {@code ruleId} with {@code cause}.
   *
   * @param ruleId the id of the rule that threw (the innermost one for composite rules)
   * @param cause what it threw
   * @return the failure, never null
   */
  public static RuleFailure of(String ruleId, Throwable cause) {
    return new RuleFailure(requireNonNull(ruleId, "ruleId"), requireNonNull(cause, "cause"));
  }

  /**
   * Returns the id of the rule that threw.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns what the rule threw. Its message may contain input data: log it with care.
   *
   * @return the exception
   */
  public Throwable cause() {
    return cause;
  }

  /**
   * Renders a one-line message naming the rule and the exception's class.
   *
   * @param locale the reader's locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    String type = cause.getClass().getName();
    return Language.of(locale) == Language.JAPANESE
        ? "ルール " + ruleId + " の評価中にエラーが発生しました（" + type + "）。判定できません。"
        : "Rule " + ruleId + " failed with " + type + "; no decision could be made.";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleFailure && ((RuleFailure) other).ruleId.equals(ruleId)
        && ((RuleFailure) other).cause == cause;
  }

  @Override
  public int hashCode() {
    return ruleId.hashCode() * 31 + System.identityHashCode(cause);
  }

  /** Returns the rule id and the exception's class name. */
  @Override
  public String toString() {
    return "RuleFailure[" + ruleId + ": " + cause.getClass().getName() + "]";
  }
}
