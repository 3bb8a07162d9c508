package ita.analysis;

import ita.model.Agency;
import java.math.BigDecimal;
import java.util.Objects;

/** One row of a ranking table: the agency, its reported total and its rank among {@code of}. */
public record RankedAgency(Agency agency, BigDecimal total, int rank, int of) {
    public RankedAgency {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(total, "total");
    }

    public Rank place() {
        return new Rank(rank, of);
    }
}
