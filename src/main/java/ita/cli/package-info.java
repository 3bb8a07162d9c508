/**
 * The {@code ita} command line (picocli): option checks, exit codes, progress and the closing summary.
 * The only package that prints or exits; everything else returns results.
 *
 * <p>Uses {@code ita.batch} for runs, {@code ita.sample} for {@code ita sample} and {@code ita.measures} for
 * {@code ita catalog}, with picocli and progressbar, which no other package may use. No package uses cli.
 */
package ita.cli;
