package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import no.ipt.application.pilots.PilotApplicationService;
import no.ipt.application.pilots.PilotView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.reports.Dashboard;
import no.ipt.application.reports.ReportApplicationService;
import no.ipt.web.security.CurrentCaller;

/**
 * The dashboard ({@code dashboard.xhtml}): per pilot and per municipality the user sees, cases by stage,
 * active agreements, approved farms with the date their approval lapses, places against waiting lists and
 * plans' spend against budget, each as a chart with the figures also in its label and in a table; the
 * user's deadlines in the next 30 days; links to the documents and spreadsheets the user may download.
 * {@code ?show=pilot-<id>} or {@code ?show=m-<number>} narrows the page to one pilot or municipality, chosen
 * among those the application service returned for the user (so the choice cannot widen what they see).
 */
@Named
@RequestScoped
public class DashboardPage {

    /** Chart.js colours with at least 3:1 contrast against white (the bars are also labelled by the legend). */
    private static final String[] COLOURS = {"#1f5f8b", "#b35900", "#4d4d4d"};

    @Inject
    ReportApplicationService reports;

    @Inject
    PilotApplicationService pilots;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Formats formats;

    private Dashboard dashboard;
    private String show;
    private List<PilotView> visiblePilots;
    private List<PlanView> visiblePlans;
    private final Map<Object, Map<String, Chart>> charts = new IdentityHashMap<>();

    /** A chart's Chart.js configuration (JSON, for {@code p:chart value}) and its figures as text (its label). */
    public record Chart(String config, String description) {
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = reports.dashboard(caller.get(), LocalDate.now(Formats.OSLO));
        }
        return dashboard;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    /** The municipalities to show: all the user's, or the one chosen; none when a pilot is chosen. */
    public List<Dashboard.MunicipalityFigures> getMunicipalities() {
        return getDashboard().municipalities().stream()
                .filter(m -> show == null || show.isBlank() || show.equals("m-" + m.number())).toList();
    }

    /** The pilots to show: all the user's, or the one chosen; none when a municipality is chosen. */
    public List<Dashboard.PilotFigures> getPilotFigures() {
        return getDashboard().pilots().stream()
                .filter(p -> show == null || show.isBlank() || show.equals("pilot-" + p.id())).toList();
    }

    /** Whether the chosen pilot or municipality is not among the user's (an old or foreign link). */
    public boolean isUnknownChoice() {
        return show != null && !show.isBlank() && getMunicipalities().isEmpty() && getPilotFigures().isEmpty();
    }

    /** Names separated by commas, a dash for none. */
    public String names(List<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    // ui:repeat reads its value several times a request: read the services once

    public List<PilotView> getPilots() {
        if (visiblePilots == null) {
            visiblePilots = pilots.visiblePilots(caller.get());
        }
        return visiblePilots;
    }

    public List<PlanView> getPlans() {
        if (visiblePlans == null) {
            visiblePlans = reports.visiblePlans(caller.get());
        }
        return visiblePlans;
    }

    public List<Map.Entry<String, Long>> stages(Dashboard.Figures figures) {
        return List.copyOf(figures.casesByStage().entrySet());
    }

    public long caseCount(Dashboard.Figures figures) {
        return figures.casesByStage().values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code part} as a whole percentage of {@code whole}, for a bar's width. */
    public long share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 100.0 / whole);
    }

    public String kroner(BigDecimal amount) {
        return formats.amount(amount);
    }

    /** {@code part} as a whole percentage of {@code whole} (0 when there is no whole). */
    public long percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).longValue();
    }

    // --- charts (Chart.js through p:chart; its script carries the page's CSP nonce)

    /** Cases by stage: one bar per stage. */
    public Chart casesChart(Dashboard.Figures f) {
        return chart(f, "cases", () -> {
            List<String> labels = f.casesByStage().keySet().stream().map(s -> texts.get("stage." + s)).toList();
            List<Number> counts = List.copyOf(f.casesByStage().values());
            return bars(texts.get("dashboard.cases"), labels, List.of(new Series(texts.get("dashboard.count"), counts)),
                    true, String::valueOf);
        });
    }

    /** Approved farms: valid, lapsing within 30 days, lapsed. */
    public Chart approvalsChart(Dashboard.Figures f) {
        return chart(f, "approvals", () -> {
            Map<String, Long> byState = f.approvedFarms().stream()
                    .collect(Collectors.groupingBy(this::approvalState, Collectors.counting()));
            List<String> keys = List.of("valid", "lapsingSoon", "lapsed");
            List<String> labels = keys.stream().map(k -> texts.get("dashboard.approval." + k)).toList();
            List<Number> counts = keys.stream().map(k -> (Number) byState.getOrDefault(k, 0L)).toList();
            return bars(texts.get("dashboard.approvals"), labels,
                    List.of(new Series(texts.get("dashboard.farmCount"), counts)), true, String::valueOf);
        });
    }

    /** {@code valid}, {@code lapsingSoon} or {@code lapsed}: the key of the approval's state text. */
    public String approvalState(Dashboard.ApprovedFarm farm) {
        return farm.lapsed() ? "lapsed" : farm.lapsingSoon() ? "lapsingSoon" : "valid";
    }

    /** Places bought, in use and waiting, per service. */
    public Chart placesChart(Dashboard.Figures f) {
        return chart(f, "places", () -> {
            List<String> labels = f.places().stream().map(Dashboard.Places::serviceName).toList();
            return bars(texts.get("dashboard.places"), labels, List.of(
                    series("dashboard.placesAvailable", f.places(), Dashboard.Places::placesAvailable),
                    series("dashboard.placesInUse", f.places(), Dashboard.Places::placesInUse),
                    series("dashboard.waitingList", f.places(), Dashboard.Places::waitingList)), false, String::valueOf);
        });
    }

    /** Budget against spend per plan and year. */
    public Chart spendChart(Dashboard.Figures f) {
        return chart(f, "spend", () -> {
            List<String> labels = f.spendByYear().stream().map(y -> y.plan() + " " + y.year()).toList();
            List<Number> budget = f.spendByYear().stream().map(y -> (Number) zero(y.budget())).toList();
            List<Number> spent = f.spendByYear().stream().map(y -> (Number) zero(y.spent())).toList();
            return bars(texts.get("dashboard.spend"), labels, List.of(new Series(texts.get("dashboard.budget"), budget),
                    new Series(texts.get("dashboard.spent"), spent)), false, n -> formats.amount((BigDecimal) n));
        });
    }

    /** The user's deadlines by how far ahead they are: overdue, within 7, 14 and 30 days. */
    public Chart deadlinesChart() {
        return chart(getDashboard(), "deadlines", () -> {
            LocalDate today = getDashboard().today();
            long[] counts = new long[4];
            for (Dashboard.Deadline d : getDashboard().deadlines()) {
                long days = ChronoUnit.DAYS.between(today, d.due());
                counts[d.overdue() ? 0 : days <= 7 ? 1 : days <= 14 ? 2 : 3]++;
            }
            List<String> labels = List.of("overdue", "week", "fortnight", "month").stream()
                    .map(k -> texts.get("dashboard.deadlines." + k)).toList();
            List<Number> values = new ArrayList<>();
            for (long c : counts) {
                values.add(c);
            }
            return bars(texts.get("dashboard.deadlines"), labels,
                    List.of(new Series(texts.get("dashboard.deadlineCount"), values)), true, String::valueOf);
        });
    }

    private record Series(String label, List<Number> values) {
    }

    private <T> Series series(String key, List<T> rows, ToLongFunction<T> value) {
        return new Series(texts.get(key), rows.stream().map(r -> (Number) value.applyAsLong(r)).toList());
    }

    private static BigDecimal zero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private Chart chart(Object figures, String kind, Supplier<Chart> build) {
        return charts.computeIfAbsent(figures, k -> new HashMap<>()).computeIfAbsent(kind, k -> build.get());
    }

    /**
     * A bar chart of one or more series over {@code labels} (horizontal when {@code horizontal}), without
     * animation (a screen reader or a screenshot sees the final bars), and its text: "title: label series
     * value, …", which becomes the canvas's aria-label.
     */
    static Chart bars(String title, List<String> labels, List<Series> series, boolean horizontal,
                      Function<Number, String> valueText) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(v instanceof BigDecimal d ? d : BigDecimal.valueOf(v.longValue())));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        JsonObjectBuilder scale = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", series.size() > 1))
                        .add("title", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", scale));
        String config = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", options).build().toString();
        List<String> parts = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            StringBuilder part = new StringBuilder(labels.get(l));
            for (Series s : series) {
                part.append(series.size() > 1 ? " " + s.label().toLowerCase(Locale.ROOT) + " " : " ")
                        .append(valueText.apply(s.values().get(l)));
            }
            parts.add(part.toString());
        }
        return new Chart(config, title + ": " + String.join(", ", parts));
    }
}
