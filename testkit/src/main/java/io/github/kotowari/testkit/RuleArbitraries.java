package io.github.kotowari.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for the rule API: well-formed rule ids and reason codes.
 *
 * <pre>{@code
 * @Property
 * void idsAreAccepted(@ForAll("ids") String id) { ... }
 *
 * @Provide
 * Arbitrary<String> ids() { return RuleArbitraries.codes(); }
 * }</pre>
 *
 * <p>Generated values shrink towards short codes such as {@code a.a}.
 *
 * @since 0.1.0
 */
public final class RuleArbitraries {
  private RuleArbitraries() {}

  /**
   * Returns well-formed codes: two to four dot-separated segments of {@code a-z0-9}, each starting
   * with a letter, as accepted for rule ids, reason codes and remedy codes.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> codes() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .flatMap(head -> Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(8)
            .map(tail -> head + tail));
    return segment.list().ofMinSize(2).ofMaxSize(4).map(parts -> String.join(".", parts));
  }
}
