/**
 * The one-command benchmark suite: runs every JMH benchmark of this module with the GC profiler,
 * pairs each result with its reference (a baseline or a peer library), reads the Node peer's figures,
 * prints one comparison table and writes {@code docs/performance.md}.
 *
 * <p>Pairing convention, in one benchmark class and for the same {@code @Param} values: a method whose
 * name starts with {@code baseline}, {@code peer} or {@code easyRules} is a reference, every other
 * method is "ours". A reference named exactly {@code baseline} (or {@code peer}, {@code easyRules})
 * applies to every method of its class; a reference named {@code baselineFoo} applies only to method
 * {@code foo}. Figures measured outside the JVM (the Node peer) name the benchmark they stand beside
 * in the peer file (see {@link io.github.kotowari.benchmarks.suite.PeerResults}).
 */
@NullMarked
package io.github.kotowari.benchmarks.suite;

import org.jspecify.annotations.NullMarked;
