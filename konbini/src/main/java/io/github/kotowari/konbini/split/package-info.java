/**
 * Splitting an order that is over the konbini cap into the fewest orders each within the cap, with
 * the items that can never be paid at a konbini set aside with their reason.
 *
 * <p>The planner packs units (bin packing): an exact branch and bound for small orders, and
 * first-fit decreasing for the rest. Totals are preserved exactly.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.konbini.split;

import org.jspecify.annotations.NullMarked;
