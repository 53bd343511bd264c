/**
 * jqwik generators for Kotowari's value types, for property-based test suites.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.testkit;

import org.jspecify.annotations.NullMarked;
