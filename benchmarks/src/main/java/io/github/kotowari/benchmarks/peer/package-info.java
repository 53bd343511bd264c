/**
 * Kotowari's rules re-implemented on peer engines, so the benchmarks compare like with like. Each
 * peer has a test in {@code src/test} showing it decides as Kotowari does.
 */
@NullMarked
package io.github.kotowari.benchmarks.peer;

import org.jspecify.annotations.NullMarked;
