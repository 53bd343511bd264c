/**
 * Where and how a konbini payment is made: the stores, the procedure at each store (where the
 * customer pays, the steps in Japanese and English, the numbers to bring, the tenders accepted, whether
 * a barcode can be shown) and the payment numbers themselves as validated, masked value types.
 *
 * <p>This package depends on {@code io.github.kotowari.core} only: the policy, eligibility and
 * lifecycle packages of the konbini module build on it, never the other way round.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.konbini.store;

import org.jspecify.annotations.NullMarked;
