/**
 * Kotowari konbini: paying an order at a Japanese convenience store, from eligibility to refund.
 */
module io.github.kotowari.konbini {
  requires transitive io.github.kotowari.core;

  exports io.github.kotowari.konbini;
  exports io.github.kotowari.konbini.eligibility;
  exports io.github.kotowari.konbini.split;
  exports io.github.kotowari.konbini.store;
  exports io.github.kotowari.konbini.lifecycle;
}
