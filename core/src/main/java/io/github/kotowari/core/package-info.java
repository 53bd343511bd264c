/**
 * Kotowari's foundation: the two languages every text is rendered in, and the {@link io.github.kotowari.core.Displayable} contract for values shown to people.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.core;

import org.jspecify.annotations.NullMarked;
