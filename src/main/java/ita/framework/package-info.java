/**
 * The ITA as data, one definition per fiscal year, loaded from resources and validated at start-up:
 * indicators, tools and weights, questions, OIT items and sub-indicators, levels, rounding.
 *
 * <p>May use {@code ita.model} and {@code ita.text}, and Jackson to read the definitions.
 */
package ita.framework;
