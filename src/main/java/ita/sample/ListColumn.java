package ita.sample;

import ita.model.AgencyYear;
import ita.model.Tool;
import java.util.function.Function;

/**
 * One column of a list layout: its header and how a row fills it. Files differ in which columns they
 * have, their order and their header words; these factories cover the variants.
 */
record ListColumn(String header, Function<ListColumn.Row, Object> value) {

    /** One agency in a list: its rank in the file and its result. */
    record Row(int rank, AgencyYear result) {
    }

    static ListColumn rank(String header) {
        return new ListColumn(header, r -> r.rank());
    }

    static ListColumn fullName(String header) {
        return new ListColumn(header, r -> r.result().agency().name());
    }

    /** The name with the short type prefix, "อบต.นาคำ". */
    static ListColumn shortName(String header) {
        return new ListColumn(header, r -> shortName(r.result()));
    }

    static ListColumn district(String header) {
        return new ListColumn(header, r -> r.result().agency().district());
    }

    static ListColumn province(String header) {
        return new ListColumn(header, r -> r.result().agency().province());
    }

    static ListColumn type(String header, boolean abbreviated) {
        return new ListColumn(header, r -> abbreviated ? r.result().agency().type().abbreviation()
                : r.result().agency().type().prefix());
    }

    static ListColumn code(String header) {
        return new ListColumn(header, r -> r.result().agency().code());
    }

    static ListColumn year(String header) {
        return new ListColumn(header, r -> r.result().fiscalYear());
    }

    static ListColumn indicator(int n, String header) {
        return new ListColumn(header, r -> r.result().indicator(n));
    }

    static ListColumn tool(Tool t, String header) {
        return new ListColumn(header, r -> r.result().tool(t));
    }

    static ListColumn total(String header) {
        return new ListColumn(header, r -> r.result().total());
    }

    static ListColumn level(String header) {
        return new ListColumn(header, r -> r.result().level());
    }

    /** A column the readers must ignore, e.g. หมายเหตุ. */
    static ListColumn note(String header, Function<Row, String> text) {
        return new ListColumn(header, r -> text.apply(r));
    }

    static String shortName(AgencyYear r) {
        return r.agency().type().abbreviation() + r.agency().coreName();
    }
}
