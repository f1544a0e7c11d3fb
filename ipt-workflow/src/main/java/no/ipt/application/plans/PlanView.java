package no.ipt.application.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.project.Phase;
import no.ipt.domain.project.PlanLine;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.Risk;
import no.ipt.domain.project.SteeringGroupMember;
import no.ipt.domain.shared.MunicipalityNumber;

/** A project plan as plain values: who it belongs to, its organisation, risks, budget and financing. */
public record PlanView(long id, String title, String owner, String projectLead, LocalDate start, LocalDate end,
                       BigDecimal fullTimeEquivalentRate, String caseNumber, String municipalityNumber, String pilot,
                       List<String> goals, List<PhaseView> phases, List<MemberView> steeringGroup,
                       List<RiskView> risks, List<LineView> budget, List<LineView> financing,
                       BigDecimal budgetTotal, BigDecimal financingTotal, boolean balanced, long version) implements Serializable {

    public record PhaseView(String name, LocalDate start, LocalDate end, String description) implements Serializable {
    }

    public record MemberView(String name, String role, String position) implements Serializable {
    }

    /** A risk with its number (1, 2, … in the plan's order) and score (likelihood × consequence). */
    public record RiskView(int number, String title, String description, int likelihood, int consequence, int score,
                           List<String> measures) implements Serializable {
    }

    public record LineView(String label, int year, BigDecimal amount, String comment) implements Serializable {
    }

    public static PlanView of(ProjectPlan p) {
        List<Risk> risks = p.risks();
        return new PlanView(p.id(), p.title(), p.owner(), p.projectLead(), p.period().start(), p.period().end(),
                p.fullTimeEquivalentRate().amount(), p.caseNumber().map(CaseNumber::value).orElse(null),
                p.municipality().map(MunicipalityNumber::value).orElse(null), p.pilot().map(Pilot::name).orElse(null),
                p.goals(), p.phases().stream().map(PlanView::phase).toList(),
                p.steeringGroup().stream().map(PlanView::member).toList(),
                risks.stream().map(r -> risk(risks.indexOf(r) + 1, r)).toList(),
                lines(p.budgetLines()), lines(p.financingLines()), p.budgetTotal().amount(),
                p.financingTotal().amount(), p.isBalanced(), p.version());
    }

    private static PhaseView phase(Phase ph) {
        return new PhaseView(ph.name(), ph.period().start(), ph.period().end(), ph.description());
    }

    private static MemberView member(SteeringGroupMember m) {
        return new MemberView(m.name(), m.role().name(), m.position());
    }

    private static RiskView risk(int number, Risk r) {
        return new RiskView(number, r.title(), r.description(), r.likelihood(), r.consequence(), r.score(),
                r.measures());
    }

    private static List<LineView> lines(List<PlanLine> lines) {
        return lines.stream().map(l -> new LineView(l.label(), l.year(), l.amount().amount(), l.comment())).toList();
    }
}
