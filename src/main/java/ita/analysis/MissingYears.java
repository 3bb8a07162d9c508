package ita.analysis;

import ita.model.Agency;
import java.util.List;

/** An agency without a record for fiscal years that other agencies of its province have. */
public record MissingYears(Agency agency, List<Integer> fiscalYears) {
    public MissingYears {
        fiscalYears = List.copyOf(fiscalYears);
    }
}
