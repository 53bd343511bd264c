/**
 * Convenience-store (konbini) payment: eligibility, store procedures, split planning, deadlines, lifecycle and refunds.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.konbini;

import org.jspecify.annotations.NullMarked;
