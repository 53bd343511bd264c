/**
 * Kotowari konbini: paying an order at a Japanese convenience store, from eligibility to refund.
 */
module io.github.kotowari.konbini {
  requires transitive io.github.kotowari.core;

  // The root package io.github.kotowari.konbini is exported again once it holds a class (policy,
  // eligibility): javac refuses to export a package that has only package-info.java.
  exports io.github.kotowari.konbini.store;
  exports io.github.kotowari.konbini.lifecycle;
}
