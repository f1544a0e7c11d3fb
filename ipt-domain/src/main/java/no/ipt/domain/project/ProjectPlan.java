package no.ipt.domain.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;
import no.ipt.domain.shared.StaleVersionException;

/**
 * A project plan (the aggregate root), identified by its title. It keeps the budget and the
 * financing plan by year and knows whether they balance: Landbruksdirektoratet funds a plan only
 * when every year's costs are covered by named sources. It also holds the plan's goals, its
 * non-overlapping phases, its steering group, its risk analysis with measures, and what has been
 * spent against each budget line – overspending is allowed but flagged.
 */
@Entity
@Table(name = "project_plan", schema = "ipt")
public class ProjectPlan {

    public static final int MAX_TITLE_LENGTH = 300;
    /** The Vestland plan's "eitt årsverk er berekna til 750 000 inkl. overhead". */
    public static final Money DEFAULT_FULL_TIME_EQUIVALENT_RATE = Money.nok(750_000);
    public static final int MAX_GOAL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = MAX_TITLE_LENGTH)
    @Column(nullable = false, unique = true, updatable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String owner;

    @NotBlank
    @Size(max = 100)
    @Column(name = "project_lead", nullable = false, length = 100)
    private String projectLead;

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "fte_rate", precision = 15, scale = 2, nullable = false))
    private Money fullTimeEquivalentRate;

    /** The case the plan belongs to, if it is a municipality's plan for one case; never with a pilot. */
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "case_number", length = 32))
    private CaseNumber caseNumber;

    /** The municipality (tenant) of the case the plan belongs to; set with {@link #caseNumber}. */
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4))
    private MunicipalityNumber municipality;

    /** The pilot the plan belongs to, if any: a plan may exist before its pilot is granted. */
    @ManyToOne
    @JoinColumn(name = "pilot_id")
    private Pilot pilot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_budget_line", schema = "ipt", joinColumns = @JoinColumn(name = "project_plan_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<PlanLine> budgetLines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_financing_line", schema = "ipt", joinColumns = @JoinColumn(name = "project_plan_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<PlanLine> financingLines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_goal", schema = "ipt", joinColumns = @JoinColumn(name = "project_plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "goal", nullable = false, length = MAX_GOAL_LENGTH)
    private List<@NotBlank @Size(max = MAX_GOAL_LENGTH) String> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_phase", schema = "ipt", joinColumns = @JoinColumn(name = "project_plan_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<Phase> phases = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_steering_group_member", schema = "ipt",
            joinColumns = @JoinColumn(name = "project_plan_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<SteeringGroupMember> steeringGroup = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    @Valid
    private List<Risk> risks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_spend", schema = "ipt", joinColumns = @JoinColumn(name = "project_plan_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<Spend> spending = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected ProjectPlan() {
        // for JPA
    }

    public ProjectPlan(String title, String owner, String projectLead, Period period) {
        this(title, owner, projectLead, period, DEFAULT_FULL_TIME_EQUIVALENT_RATE);
    }

    public ProjectPlan(String title, String owner, String projectLead, Period period, Money fullTimeEquivalentRate) {
        this.title = Require.text(title, "title", MAX_TITLE_LENGTH);
        this.owner = Require.text(owner, "owner", 200);
        this.projectLead = Require.text(projectLead, "projectLead", 100);
        this.period = Require.present(period, "period");
        this.fullTimeEquivalentRate = requirePositiveRate(fullTimeEquivalentRate);
    }

    private static Money requirePositiveRate(Money rate) {
        Require.present(rate, "fullTimeEquivalentRate");
        if (rate.isNegative() || rate.isZero()) {
            throw new DomainRuleViolation("invalid-fte-rate", "fullTimeEquivalentRate",
                    "A full-time equivalent costs more than nothing (got " + rate + ")");
        }
        return rate;
    }

    /** The rate includes overhead and changes with salaries; staffing costs follow it. */
    public void changeFullTimeEquivalentRate(Money rate) {
        this.fullTimeEquivalentRate = requirePositiveRate(rate);
    }

    /** A pilot's plan: it belongs to the pilot, never also to a case. */
    public void linkToPilot(Pilot pilot) {
        Require.present(pilot, "pilot");
        if (caseNumber != null) {
            throw new DomainRuleViolation("plan-belongs-to-case", "pilot", "The plan '" + title
                    + "' belongs to case " + caseNumber + ", so it cannot belong to a pilot too");
        }
        this.pilot = pilot;
    }

    /** A municipality's plan for one of its cases: it belongs to that case for good, never also to a pilot. */
    public void linkToCase(CaseNumber number, MunicipalityNumber caseMunicipality) {
        Require.present(number, "caseNumber");
        Require.present(caseMunicipality, "municipalityNumber");
        if (pilot != null) {
            throw new DomainRuleViolation("plan-belongs-to-pilot", "caseNumber", "The plan '" + title
                    + "' belongs to the pilot " + pilot.name() + ", so it cannot belong to a case too");
        }
        if (caseNumber != null && !caseNumber.equals(number)) {
            throw new DomainRuleViolation("plan-belongs-to-case", "caseNumber", "The plan '" + title
                    + "' already belongs to case " + caseNumber);
        }
        this.caseNumber = number;
        this.municipality = caseMunicipality;
    }

    /** Refuses an edit made on an older version than the stored one (409 at the interface). */
    public void requireVersion(long expectedVersion) {
        StaleVersionException.require("The project plan '" + title + "'", expectedVersion, version);
    }

    /**
     * Replaces the whole budget and financing plan at once, staffing lines costed at the plan's rate.
     * Every line must lie in the period, no cell may repeat, and the result must balance year by year;
     * otherwise the plan keeps its old tables untouched.
     */
    public void replaceBudgetAndFinancing(List<PlanLineDraft> budget, List<PlanLineDraft> financing) {
        List<PlanLine> oldBudget = new ArrayList<>(budgetLines);
        List<PlanLine> oldFinancing = new ArrayList<>(financingLines);
        List<PlanLine> newBudget = new ArrayList<>();
        List<PlanLine> newFinancing = new ArrayList<>();
        Require.present(budget, "budgetLines").forEach(d -> add(newBudget, d.costedBy(this), "budget"));
        Require.present(financing, "financingLines").forEach(d -> add(newFinancing, d.costedBy(this), "financing"));
        budgetLines.clear();
        budgetLines.addAll(newBudget);
        financingLines.clear();
        financingLines.addAll(newFinancing);
        try {
            requireBalanced();
        } catch (DomainRuleViolation unbalanced) {
            budgetLines.clear();
            budgetLines.addAll(oldBudget);
            financingLines.clear();
            financingLines.addAll(oldFinancing);
            throw unbalanced;
        }
    }

    /** Adds a cost, e.g. {@code ("Prosjektleiing - FMVL", 2021, NOK 150000, "20 % stilling")}. */
    public PlanLine addBudgetLine(String lineName, int year, Money amount, String comment) {
        return add(budgetLines, new PlanLine(lineName, year, amount, comment), "budget");
    }

    /** Adds what a source pays, e.g. {@code ("Landbruksdirektoratet", 2021, NOK 730000, "Pilotmidlar")}. */
    public PlanLine addFinancingLine(String source, int year, Money amount, String comment) {
        return add(financingLines, new PlanLine(source, year, amount, comment), "financing");
    }

    private PlanLine add(List<PlanLine> table, PlanLine line, String tableName) {
        if (!period.coversYear(line.year())) {
            throw new DomainRuleViolation("year-outside-period", "year", "The " + tableName + " line '" + line.label()
                    + "' is for " + line.year() + ", outside the project period " + period);
        }
        if (table.stream().anyMatch(line::sameCellAs)) {
            throw new DomainRuleViolation("duplicate-plan-line", "label", "The " + tableName + " already has '"
                    + line.label() + "' for " + line.year());
        }
        table.add(line);
        return line;
    }

    /** What {@code fraction} of a full-time equivalent costs for a year, e.g. 0.2 → NOK 150,000.00. */
    public Money costOfStaffing(BigDecimal fraction) {
        if (fraction == null || fraction.signum() < 0) {
            throw new DomainRuleViolation("invalid-fraction", "fraction",
                    "A share of a full-time equivalent is zero or more (got " + fraction + ")");
        }
        return fullTimeEquivalentRate.multiply(fraction);
    }

    public Money budgetTotal(int year) {
        return sum(budgetLines.stream().filter(l -> l.year() == year));
    }

    public Money financingTotal(int year) {
        return sum(financingLines.stream().filter(l -> l.year() == year));
    }

    public Money budgetTotal() {
        return sum(budgetLines.stream());
    }

    public Money financingTotal() {
        return sum(financingLines.stream());
    }

    private static Money sum(Stream<PlanLine> lines) {
        return lines.map(PlanLine::amount).reduce(Money.ZERO, Money::add);
    }

    /** Every year that has a budget or a financing line, in order. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        Stream.concat(budgetLines.stream(), financingLines.stream()).forEach(l -> years.add(l.year()));
        return Collections.unmodifiableSortedSet(years);
    }

    /** Budget minus financing in {@code year}: positive when costs are not covered. */
    public Money shortfall(int year) {
        return budgetTotal(year).subtract(financingTotal(year));
    }

    /** Balanced when, year by year, the budget equals the financing. */
    public boolean isBalanced() {
        return years().stream().allMatch(year -> shortfall(year).isZero());
    }

    /** Refuses a plan whose budget and financing differ in any year, naming the first such year. */
    public void requireBalanced() {
        for (int year : years()) {
            Money shortfall = shortfall(year);
            if (!shortfall.isZero()) {
                String which = shortfall.isNegative() ? "financing exceeds the budget" : "budget exceeds the financing";
                throw new DomainRuleViolation("unbalanced-plan", "financingLines", "The plan is unbalanced in "
                        + year + ": budget " + budgetTotal(year) + ", financing " + financingTotal(year) + "; the "
                        + which + " by " + shortfall.abs());
            }
        }
    }

    /** Adds a goal of the project (mål), in the plan's order. */
    public void addGoal(String goal) {
        String text = Require.text(goal, "goal", MAX_GOAL_LENGTH);
        if (goals.stream().anyMatch(text::equalsIgnoreCase)) {
            throw new DomainRuleViolation("duplicate-goal", "goal", "The plan already has the goal '" + text + "'");
        }
        goals.add(text);
    }

    /** Adds a phase inside the project period that overlaps no other phase. */
    public Phase addPhase(String name, Period phasePeriod, String description) {
        Phase phase = new Phase(name, phasePeriod, description);
        if (!period.contains(phasePeriod.start()) || !period.contains(phasePeriod.end())) {
            throw new DomainRuleViolation("phase-outside-period", "period", "The phase '" + phase.name() + "' ("
                    + phasePeriod + ") lies outside the project period " + period);
        }
        for (Phase other : phases) {
            if (other.name().equalsIgnoreCase(phase.name())) {
                throw new DomainRuleViolation("duplicate-phase", "name", "The plan already has a phase '"
                        + other.name() + "'");
            }
            if (other.overlaps(phase)) {
                throw new DomainRuleViolation("overlapping-phases", "period", "The phase '" + phase.name() + "' ("
                        + phasePeriod + ") overlaps '" + other.name() + "' (" + other.period() + ")");
            }
        }
        phases.add(phase);
        return phase;
    }

    /** The phase the day falls in, if any. */
    public Optional<Phase> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> p.period().contains(day)).findFirst();
    }

    /** Adds a steering group member; the group has at most one chair and one secretary. */
    public SteeringGroupMember addSteeringGroupMember(String name, SteeringRole role, String position) {
        SteeringGroupMember member = new SteeringGroupMember(name, role, position);
        if (steeringGroup.stream().anyMatch(m -> m.name().equalsIgnoreCase(member.name()))) {
            throw new DomainRuleViolation("duplicate-steering-group-member", "name",
                    member.name() + " is already in the steering group");
        }
        if (role != SteeringRole.MEMBER && steeringGroup.stream().anyMatch(m -> m.role() == role)) {
            throw new DomainRuleViolation("steering-group-role-taken", "role",
                    "The steering group already has a " + role.name().toLowerCase());
        }
        steeringGroup.add(member);
        return member;
    }

    public Optional<SteeringGroupMember> chair() {
        return steeringGroup.stream().filter(m -> m.role() == SteeringRole.CHAIR).findFirst();
    }

    /** Adds a risk of the risk analysis with at least one measure; titles are unique in the plan. */
    public Risk addRisk(String riskTitle, String description, int likelihood, int consequence, List<String> measures) {
        if (risk(riskTitle).isPresent()) {
            throw new DomainRuleViolation("duplicate-risk", "title", "The plan already has the risk '"
                    + riskTitle.strip() + "'");
        }
        Risk risk = new Risk(this, risks.size(), riskTitle, description, likelihood, consequence, measures);
        risks.add(risk);
        return risk;
    }

    /** Adds a measure to a risk already in the analysis. */
    public void addMeasure(String riskTitle, String measure) {
        risk(riskTitle).orElseThrow(() -> new DomainRuleViolation("unknown-risk", "title",
                "The plan has no risk '" + riskTitle + "'")).addMeasure(measure);
    }

    public Optional<Risk> risk(String riskTitle) {
        return risks.stream().filter(r -> r.hasTitle(riskTitle)).findFirst();
    }

    /** The risks, highest score (likelihood × consequence) first, then in the plan's order. */
    public List<Risk> risksByScore() {
        return risks.stream().sorted(Comparator.comparingInt(Risk::score).reversed()).toList();
    }

    /**
     * Records money spent against a budget line (by its label, any case) in a year of the period.
     * Spending beyond the line's budget is accepted and shows in {@link #overspentLines()}.
     */
    public Spend recordSpend(String budgetLine, int year, Money amount, LocalDate spentOn, String note) {
        String wanted = Require.text(budgetLine, "label", PlanLine.MAX_LABEL_LENGTH);
        String label = budgetLines.stream().map(PlanLine::label).filter(wanted::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-budget-line", "label",
                        "The budget has no line '" + wanted + "'"));
        Spend spend = new Spend(label, year, amount, spentOn, note);
        if (!period.coversYear(year)) {
            throw new DomainRuleViolation("year-outside-period", "year", "Spend on '" + label + "' is for " + year
                    + ", outside the project period " + period);
        }
        if (spentOn.isBefore(period.start())) {
            throw new DomainRuleViolation("spend-before-period", "spentOn", "Spend on '" + label + "' on "
                    + spentOn + " is before the project starts on " + period.start());
        }
        spending.add(spend);
        return spend;
    }

    /** The budget of a line in a year; zero when the line has no amount that year. */
    public Money budgetFor(String budgetLine, int year) {
        String label = Require.present(budgetLine, "label").strip();
        return sum(budgetLines.stream().filter(l -> l.year() == year && l.label().equalsIgnoreCase(label)));
    }

    /** What was spent on a line in a year; zero when nothing was. */
    public Money spentFor(String budgetLine, int year) {
        String label = Require.present(budgetLine, "label");
        return spending.stream().filter(s -> s.isFor(label, year)).map(Spend::amount).reduce(Money.ZERO, Money::add);
    }

    /** Budget minus spend for a line in a year; negative when overspent. */
    public Money remainingFor(String budgetLine, int year) {
        return budgetFor(budgetLine, year).subtract(spentFor(budgetLine, year));
    }

    public Money spentTotal() {
        return spending.stream().map(Spend::amount).reduce(Money.ZERO, Money::add);
    }

    /**
     * Budget against spend for every budget line and year, and for every line and year with spend but
     * no budget: in budget order, then by year.
     */
    public List<LineSpend> budgetVersusSpend() {
        List<String> lineOrder = budgetLines.stream().map(PlanLine::label).distinct().toList();
        return Stream.concat(budgetLines.stream().map(l -> new LineSpend(l.label(), l.year(), Money.ZERO, Money.ZERO)),
                        spending.stream().map(s -> new LineSpend(s.label(), s.year(), Money.ZERO, Money.ZERO)))
                .map(l -> new LineSpend(l.label(), l.year(), budgetFor(l.label(), l.year()),
                        spentFor(l.label(), l.year())))
                .distinct()
                .sorted(Comparator.comparingInt((LineSpend l) -> lineOrder.indexOf(l.label()))
                        .thenComparingInt(LineSpend::year))
                .toList();
    }

    /** What was spent in a year, on every line. */
    public Money spentTotal(int year) {
        return spending.stream().filter(s -> s.year() == year).map(Spend::amount).reduce(Money.ZERO, Money::add);
    }

    /** The lines and years where more was spent than budgeted, in budget order and by year. */
    public List<LineSpend> overspentLines() {
        List<String> lineOrder = budgetLines.stream().map(PlanLine::label).distinct().toList();
        return spending.stream()
                .map(s -> new LineSpend(s.label(), s.year(), budgetFor(s.label(), s.year()),
                        spentFor(s.label(), s.year())))
                .distinct()
                .filter(LineSpend::isOverspent)
                .sorted(Comparator.comparingInt((LineSpend l) -> lineOrder.indexOf(l.label()))
                        .thenComparingInt(LineSpend::year))
                .toList();
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public String projectLead() {
        return projectLead;
    }

    public Period period() {
        return period;
    }

    public Money fullTimeEquivalentRate() {
        return fullTimeEquivalentRate;
    }

    /** The case of a municipality's plan; empty for a pilot's plan. */
    public Optional<CaseNumber> caseNumber() {
        return Optional.ofNullable(caseNumber);
    }

    /** The municipality (tenant) of a case's plan; empty for a pilot's plan. */
    public Optional<MunicipalityNumber> municipality() {
        return Optional.ofNullable(municipality);
    }

    public Optional<Pilot> pilot() {
        return Optional.ofNullable(pilot);
    }

    public List<PlanLine> budgetLines() {
        return List.copyOf(budgetLines);
    }

    public List<PlanLine> financingLines() {
        return List.copyOf(financingLines);
    }

    public List<String> goals() {
        return List.copyOf(goals);
    }

    /** The phases by start date. */
    public List<Phase> phases() {
        return phases.stream().sorted(Comparator.comparing(p -> p.period().start())).toList();
    }

    public List<SteeringGroupMember> steeringGroup() {
        return List.copyOf(steeringGroup);
    }

    /** The risks in the plan's order. */
    public List<Risk> risks() {
        return List.copyOf(risks);
    }

    public List<Spend> spending() {
        return List.copyOf(spending);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPlan other && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return title.hashCode();
    }

    @Override
    public String toString() {
        return title;
    }
}
