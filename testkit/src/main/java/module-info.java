/**
 * Kotowari testkit: jqwik arbitraries for Kotowari's value types.
 */
module io.github.kotowari.testkit {
  requires transitive io.github.kotowari.core;
  requires transitive io.github.kotowari.carriers;
  requires transitive io.github.kotowari.konbini;
  requires transitive net.jqwik.api;

  exports io.github.kotowari.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider
      with io.github.kotowari.testkit.KotowariArbitraryProvider;
}
