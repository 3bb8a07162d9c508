package ita.sample;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Writes a synthetic national dataset. Files go to
 * <ul>
 *   <li>detail: {@code OUT/<year>/<province>/<district>/<agency name>.<ext>}, one per agency and year;</li>
 *   <li>list, long, report: {@code OUT/<year>/list-<province>-<year>.<ext>} (and {@code long-}, {@code report-}),
 *       one per province and year;</li>
 * </ul>
 * and, when several formats are asked for, under {@code OUT/<format>/} each. Files are written by
 * several threads; the content does not depend on their number.
 */
public final class SampleGenerator {

    private final FrameworkCatalog catalog;

    public SampleGenerator() {
        this(FrameworkCatalog.standard());
    }

    SampleGenerator(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    public SampleReport generate(SampleOptions options) throws IOException {
        return generate(options, SampleListener.NONE);
    }

    public SampleReport generate(SampleOptions options, SampleListener listener) throws IOException {
        SampleUniverse universe = SampleUniverse.national(options.agencies(), options.seed());
        return generate(universe, options, listener);
    }

    SampleReport generate(SampleUniverse universe, SampleOptions options, SampleListener listener) throws IOException {
        List<Job> jobs = plan(universe, options);
        listener.planned(jobs.size());
        AtomicLong bytes = new AtomicLong();
        run(jobs, options.threads(), bytes, listener);
        Map<SampleLayout, Long> byLayout = new EnumMap<>(SampleLayout.class);
        for (Job j : jobs) {
            byLayout.merge(j.layout(), 1L, Long::sum);
        }
        long agencyYears = 0;
        for (SampleAgency a : universe.agencies()) {
            for (int y : options.years()) {
                agencyYears += a.assessedIn(y) ? 1 : 0;
            }
        }
        return new SampleReport(options.out(), jobs.size(), bytes.get(), universe.agencies().size(),
                universe.provinces().size(), agencyYears, byLayout);
    }

    /** One file to write: where, and how to build its sheets. */
    private record Job(SampleLayout layout, SampleFormat format, Path file, Supplier<List<Grid>> sheets) {
    }

    private List<Job> plan(SampleUniverse u, SampleOptions o) {
        List<Job> jobs = new ArrayList<>();
        for (SampleFormat format : o.formats()) {
            Path root = o.formats().size() > 1 ? o.out().resolve(format.label()) : o.out();
            for (int year : o.years()) {
                Path yearDir = root.resolve(Integer.toString(year));
                for (SampleLayout layout : o.layouts()) {
                    if (layout == SampleLayout.DETAIL) {
                        planDetail(jobs, u, format, yearDir, year);
                    } else {
                        for (String province : u.provinces()) {
                            Path file = yearDir.resolve(layout.label() + "-" + province + "-" + year + format.extension());
                            jobs.add(new Job(layout, format, file, () -> provinceSheets(u, layout, province, year)));
                        }
                    }
                }
            }
        }
        return jobs;
    }

    private void planDetail(List<Job> jobs, SampleUniverse u, SampleFormat format, Path yearDir, int year) {
        for (SampleAgency a : u.agencies()) {
            if (!a.assessedIn(year)) {
                continue;
            }
            Path file = yearDir.resolve(a.agency().province()).resolve(a.agency().district())
                    .resolve(a.agency().name() + format.extension());
            jobs.add(new Job(SampleLayout.DETAIL, format, file, () -> {
                AgencyYear r = u.result(a, year).orElseThrow();
                YearFramework f = catalog.framework(year);
                return List.of(DetailSheet.of(r, f, DetailSheet.Style.standard(r))
                        .share(DetailSheet.sharedTexts(year, f)));
            }));
        }
    }

    private static List<Grid> provinceSheets(SampleUniverse u, SampleLayout layout, String province, int year) {
        List<AgencyYear> results = u.results(province, year);
        return List.of(switch (layout) {
            case LIST -> ListSheet.standardList(province, year, results);
            case REPORT -> ListSheet.report(province, year, results);
            case LONG -> LongSheet.of("ข้อมูล " + year, results);
            case DETAIL -> throw new IllegalStateException("detail is written per agency");
        });
    }

    private static Boolean createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<Job> jobs, int threads, AtomicLong bytes, SampleListener listener)
            throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ConcurrentHashMap<Path, Boolean> dirs = new ConcurrentHashMap<>();
        Map<SampleFormat, WorkbookWriter> writers = new EnumMap<>(SampleFormat.class);
        for (SampleFormat f : SampleFormat.values()) {
            writers.put(f, f.writer(true));
        }
        Runnable worker = () -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < jobs.size(); ) {
                Job job = jobs.get(i);
                try {
                    buf.reset();
                    writers.get(job.format()).write(job.sheets().get(), buf);
                    Path parent = job.file().getParent();
                    if (parent != null) {
                        // computeIfAbsent holds back other threads until the folder exists
                        dirs.computeIfAbsent(parent, SampleGenerator::createFolder);
                    }
                    try (OutputStream out = Files.newOutputStream(job.file())) {
                        buf.writeTo(out);
                    }
                    bytes.addAndGet(buf.size());
                    listener.written(job.file());
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, new IOException("cannot write " + job.file() + ": " + e.getMessage(), e));
                }
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.execute(worker);
            }
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // keep waiting: a large dataset takes a while
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing samples", e);
            }
        }
        Throwable f = failure.get();
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new UncheckedIOException(new IOException(f));
        }
    }
}
