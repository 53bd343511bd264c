/**
 * Kotowari core: the rule-evaluation API, money, orders, payment methods and the Japanese calendar.
 *
 * <p>The module performs no I/O and reads no ambient state (clock, default zone, default locale):
 * instants, zones, locales and policies are always passed in.
 */
module io.github.kotowari.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports io.github.kotowari.core;
  exports io.github.kotowari.core.calendar;
  exports io.github.kotowari.core.money;
  exports io.github.kotowari.core.order;
  exports io.github.kotowari.core.payment;
  exports io.github.kotowari.core.rule;
}
