/**
 * Money in Japanese yen: a whole-yen amount type with overflow-checked arithmetic, parsing and formatting.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.core.money;

import org.jspecify.annotations.NullMarked;
