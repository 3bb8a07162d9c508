/**
 * The ITA as data, one definition per fiscal year, loaded from resources (and from an analyst's folder given with
 * {@code --framework-dir}) and validated at start-up: indicators, tools and weights, questions, OIT items and
 * sub-indicators, the concept each item stands for across years, codes as each year writes them, levels, rounding
 * and national figures.
 *
 * <p>May use {@code ita.model} and {@code ita.text}, and Jackson to read the definitions.
 */
package ita.framework;
