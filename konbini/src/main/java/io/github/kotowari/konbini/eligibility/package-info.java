/**
 * Whether an order can be paid at a konbini, as a rule set on core's rule API: one reason code per
 * exclusion, typed parameters, remedies in Japanese and English, and the availability of every
 * other payment method for the same order.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.konbini.eligibility;

import org.jspecify.annotations.NullMarked;
