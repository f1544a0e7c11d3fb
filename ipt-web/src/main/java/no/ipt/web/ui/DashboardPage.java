package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ipt.application.pilots.PilotApplicationService;
import no.ipt.application.pilots.PilotView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.reports.Dashboard;
import no.ipt.application.reports.ReportApplicationService;
import no.ipt.web.api.reports.ReportFormats;
import no.ipt.web.security.CurrentCaller;

/**
 * The dashboard ({@code dashboard.xhtml}): per municipality the user sees, cases by stage, active
 * agreements, places against waiting lists and plans' spend against budget; the user's deadlines in the
 * next 30 days; links to the documents and spreadsheets the user may download.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    ReportApplicationService reports;

    @Inject
    PilotApplicationService pilots;

    @Inject
    CurrentCaller caller;

    private Dashboard dashboard;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = reports.dashboard(caller.get(), LocalDate.now(Formats.OSLO));
        }
        return dashboard;
    }

    public List<PilotView> getPilots() {
        return pilots.visiblePilots(caller.get());
    }

    public List<PlanView> getPlans() {
        return reports.visiblePlans(caller.get());
    }

    public List<Map.Entry<String, Long>> stages(Dashboard.MunicipalityFigures figures) {
        return List.copyOf(figures.casesByStage().entrySet());
    }

    public long caseCount(Dashboard.MunicipalityFigures figures) {
        return figures.casesByStage().values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code part} as a whole percentage of {@code whole}, for a bar's width. */
    public long share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 100.0 / whole);
    }

    public String kroner(BigDecimal amount) {
        return ReportFormats.kroner(amount);
    }

    /** {@code part} as a whole percentage of {@code whole} (0 when there is no whole). */
    public long percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).longValue();
    }
}
