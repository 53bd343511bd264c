/**
 * Payment methods as a sealed hierarchy of immutable value types; the rules for each method live in its own module.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.core.payment;

import org.jspecify.annotations.NullMarked;
