package ita.ingest;

import ita.model.AgencyYear;
import ita.model.Finding;
import java.util.List;

/**
 * What layout recognition made of one workbook.
 *
 * @param records  one per agency and fiscal year found, in sheet and row order
 * @param findings problems and remarks, each naming file, sheet and cell
 * @param layouts  the layouts found, each once, in order: "agency list", "agency detail", "long"
 */
public record Recognition(List<AgencyYear> records, List<Finding> findings, List<String> layouts) {
    public Recognition {
        records = List.copyOf(records);
        findings = List.copyOf(findings);
        layouts = List.copyOf(layouts);
    }
}
