/**
 * The ITA as data, one definition per fiscal year, loaded from resources (and from an analyst's folder given with
 * {@code --framework-dir}) and validated at start-up: indicators, tools and weights, questions, OIT items and
 * sub-indicators, the concept each item stands for across years, codes as each year writes them, levels, rounding
 * and national figures. Uses only {@code model} and {@code text}.
 */
package ita.framework;
