package ita.batch;

import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.report.annotate.TemplateException;
import ita.report.annotate.TemplateFiller;
import ita.report.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user's own template ({@code --template}) filled for the agency: {@code <agency>-<template file>}. */
final class TemplateOutput implements AgencyOutput {

    /** The keys of the measure rows given to the template, as {@code ${m.key}}. */
    static final List<String> MEASURE_KEYS = List.of("topic", "reference", "analysis", "measure", "steps",
            "responsible", "period", "monitoring", "round");

    private final Path template;
    private final WriteOptions options;

    TemplateOutput(Path template, boolean thaiDigits) {
        this.template = template;
        this.options = WriteOptions.defaults().withThaiDigits(thaiDigits);
    }

    @Override
    public List<Path> write(AgencyWork work) throws IOException {
        Path target = work.files().template();
        try {
            return List.of(TemplateFiller.fill(template, target, work.analysis(), measureRows(work.plan()), options));
        } catch (TemplateException e) {
            // checked before the run, so only a template changed since can get here
            throw new IOException(e.line(), e);
        }
    }

    static List<Map<String, String>> measureRows(MeasurePlan plan) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlannedMeasure m : plan.measures()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("topic", m.topic());
            row.put("reference", m.itaReference());
            row.put("analysis", m.analysis());
            row.put("measure", m.measure());
            row.put("steps", m.steps());
            row.put("responsible", m.responsible());
            row.put("period", m.period());
            row.put("monitoring", m.monitoring());
            row.put("round", m.reportingRound().label());
            rows.add(row);
        }
        return rows;
    }
}
