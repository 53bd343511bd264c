/**
 * Orders: line items, sellers, shipping options and totals, as immutable value types.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.core.order;

import org.jspecify.annotations.NullMarked;
