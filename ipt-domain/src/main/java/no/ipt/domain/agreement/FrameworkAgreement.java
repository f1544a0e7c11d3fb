package no.ipt.domain.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * A framework agreement (rammeavtale, the aggregate root) between a municipality and one or more
 * farms, identified by its {@link AgreementNumber}. It guards the legal maximum term including
 * options, each supplier's capacity (never overbooked by overlapping call-offs) and the call-off
 * rule (which supplier a call-off must go to).
 */
@Entity
@Table(name = "framework_agreement", schema = "ipt")
public class FrameworkAgreement {

    public static final int MAX_OPTIONS = 10;
    public static final int MAX_SUPPLIERS = 50;
    public static final int MAX_TERMINATION_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private AgreementNumber agreementNumber;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "case_number", length = 32, nullable = false,
            updatable = false))
    private CaseNumber caseNumber;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "buyer_municipality_number", length = 4,
            nullable = false))
    private MunicipalityNumber buyer;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    /** The term before any option is exercised. */
    @Embedded
    @Valid
    @NotNull
    private Period term;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_agreement_option", schema = "ipt",
            joinColumns = @JoinColumn(name = "framework_agreement_id"))
    @OrderColumn(name = "position")
    @Valid
    @Size(max = MAX_OPTIONS)
    private List<ExtensionOption> options = new ArrayList<>();

    /**
     * When each option was exercised, in option order: the first date belongs to the first option.
     * Kept apart from the options so that exercising one only appends a row.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_agreement_option_exercise", schema = "ipt",
            joinColumns = @JoinColumn(name = "framework_agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "exercised_on", nullable = false)
    @Size(max = MAX_OPTIONS)
    private List<LocalDate> optionsExercisedOn = new ArrayList<>();

    @Embedded
    @Valid
    @NotNull
    private TermLimit termLimit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "call_off_rule", nullable = false, length = 20)
    private CallOffRule callOffRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_agreement_supplier", schema = "ipt",
            joinColumns = @JoinColumn(name = "framework_agreement_id"))
    @OrderColumn(name = "position")
    @Valid
    @Size(min = 1, max = MAX_SUPPLIERS)
    private List<AgreementSupplier> suppliers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_off", schema = "ipt", joinColumns = @JoinColumn(name = "framework_agreement_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<CallOff> callOffs = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    /** The day it expired or was terminated. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Size(max = MAX_TERMINATION_REASON_LENGTH)
    @Column(name = "termination_reason", length = MAX_TERMINATION_REASON_LENGTH)
    private String terminationReason;

    @Version
    @Column(nullable = false)
    private long version;

    protected FrameworkAgreement() {
        // for JPA
    }

    /**
     * An agreement in force from the start of {@code term}. Refuses a total term including all
     * options beyond a binding {@code termLimit}; a non-binding one only gives {@link #termWarnings()}.
     */
    public FrameworkAgreement(AgreementNumber agreementNumber, MunicipalityNumber buyer, ServiceArea serviceArea,
                              Period term, List<ExtensionOption> options, TermLimit termLimit,
                              CallOffRule callOffRule, List<AgreementSupplier> suppliers) {
        this.agreementNumber = Require.present(agreementNumber, "agreementNumber");
        this.caseNumber = agreementNumber.caseNumber();
        this.buyer = Require.present(buyer, "buyer");
        this.serviceArea = Require.present(serviceArea, "serviceArea");
        this.term = Require.present(term, "term");
        this.termLimit = Require.present(termLimit, "termLimit");
        this.callOffRule = Require.present(callOffRule, "callOffRule");
        Require.present(options, "options").forEach(o -> this.options.add(Require.present(o, "option")));
        if (this.options.size() > MAX_OPTIONS) {
            throw new DomainRuleViolation("too-many-options", "options",
                    "An agreement has at most " + MAX_OPTIONS + " options (got " + this.options.size() + ")");
        }
        if (termLimit.isBinding() && lastDayIncludingOptions().isAfter(termLimit.lastDayFrom(term.start()))) {
            throw new DomainRuleViolation("term-above-legal-maximum", "term", "The agreement would run from "
                    + term.start() + " to " + lastDayIncludingOptions() + " including options; " + termLimit
                    + " allows it to run to " + termLimit.lastDayFrom(term.start()) + " at the latest");
        }
        addSuppliers(Require.present(suppliers, "suppliers"));
        this.status = AgreementStatus.ACTIVE;
    }

    private void addSuppliers(List<AgreementSupplier> candidates) {
        if (candidates.isEmpty() || candidates.size() > MAX_SUPPLIERS) {
            throw new DomainRuleViolation("invalid-supplier-count", "suppliers",
                    "A framework agreement has 1 to " + MAX_SUPPLIERS + " suppliers (got " + candidates.size() + ")");
        }
        var farms = new HashSet<OrganisationNumber>();
        var ranks = new HashSet<Integer>();
        for (AgreementSupplier supplier : candidates) {
            Require.present(supplier, "supplier");
            if (!farms.add(supplier.farm())) {
                throw new DomainRuleViolation("duplicate-supplier", "suppliers",
                        "Farm " + supplier.farm() + " is listed twice");
            }
            if (!ranks.add(supplier.rank())) {
                throw new DomainRuleViolation("duplicate-rank", "suppliers",
                        "Two suppliers cannot share rank " + supplier.rank());
            }
        }
        candidates.stream().sorted(Comparator.comparingInt(AgreementSupplier::rank)).forEach(suppliers::add);
    }

    // --- term -------------------------------------------------------------------------------

    /** The last day the agreement runs if every option is exercised. */
    public LocalDate lastDayIncludingOptions() {
        return endAfter(options.stream());
    }

    /** The last day the agreement runs as it stands: the term plus the options exercised so far. */
    public LocalDate currentEnd() {
        return endAfter(options.stream().limit(optionsExercisedOn.size()));
    }

    private LocalDate endAfter(Stream<ExtensionOption> extensions) {
        return extensions.reduce(term.end(), (end, option) -> option.extend(end), (a, b) -> b);
    }

    /**
     * Warnings that do not stop the agreement: a total term above the advisory number of years
     * where the law sets no binding maximum (the main rule elsewhere is 4 years).
     */
    public List<String> termWarnings() {
        if (termLimit.isBinding() || !lastDayIncludingOptions().isAfter(termLimit.lastDayFrom(term.start()))) {
            return List.of();
        }
        return List.of("The agreement runs from " + term.start() + " to " + lastDayIncludingOptions()
                + " including options, longer than " + termLimit.years() + " years (" + termLimit.legalBasis()
                + "); justify the length in the case");
    }

    /** Exercises the next option in order; returns the new last day. */
    public LocalDate exerciseOption(LocalDate decidedOn) {
        requireActive();
        Require.present(decidedOn, "decidedOn");
        LocalDate end = currentEnd();
        if (decidedOn.isAfter(end)) {
            throw new DomainRuleViolation("agreement-already-ended", "decidedOn",
                    "An option is exercised before the agreement ends on " + end + " (decided " + decidedOn + ")");
        }
        if (!hasOptionLeft()) {
            throw new DomainRuleViolation("no-option-left", "options",
                    "Agreement " + agreementNumber + " has no option left to exercise");
        }
        optionsExercisedOn.add(decidedOn);
        return currentEnd();
    }

    public boolean hasOptionLeft() {
        return optionsExercisedOn.size() < options.size();
    }

    /**
     * The day the "extend or re-tender" reminder is due: {@code monthsBefore} months before the
     * current end. Exercising an option moves it.
     */
    public LocalDate expiryNoticeDate(int monthsBefore) {
        if (monthsBefore < 0 || monthsBefore > 24) {
            throw new DomainRuleViolation("invalid-notice-months", "monthsBefore",
                    "A notice is given 0 to 24 months before the end (got " + monthsBefore + ")");
        }
        return currentEnd().minusMonths(monthsBefore);
    }

    /** Marks the agreement as run out; only after its current end. */
    public void expire(LocalDate today) {
        requireActive();
        Require.present(today, "today");
        if (!today.isAfter(currentEnd())) {
            throw new DomainRuleViolation("agreement-not-ended", "today",
                    "Agreement " + agreementNumber + " runs to " + currentEnd() + "; it cannot expire on " + today);
        }
        this.status = AgreementStatus.EXPIRED;
        this.endedOn = currentEnd();
    }

    /** Ends the agreement early; call-offs already placed are the parties' business to wind up. */
    public void terminate(LocalDate on, String reason) {
        requireActive();
        Require.present(on, "on");
        if (on.isBefore(term.start()) || on.isAfter(currentEnd())) {
            throw new DomainRuleViolation("termination-outside-term", "on",
                    "An agreement running " + term.start() + "–" + currentEnd() + " cannot be terminated on " + on);
        }
        this.terminationReason = Require.text(reason, "reason", MAX_TERMINATION_REASON_LENGTH);
        this.status = AgreementStatus.TERMINATED;
        this.endedOn = on;
    }

    private void requireActive() {
        if (status != AgreementStatus.ACTIVE) {
            throw new DomainRuleViolation("agreement-not-active", "status",
                    "Agreement " + agreementNumber + " is " + status.name().toLowerCase());
        }
    }

    // --- capacity and call-offs ----------------------------------------------------------------

    public AgreementSupplier supplier(OrganisationNumber farm) {
        return suppliers.stream().filter(s -> s.farm().equals(farm)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-supplier", "supplier",
                        "Farm " + farm + " is not a supplier under agreement " + agreementNumber));
    }

    /** Places of {@code farm} held by call-offs on {@code day}. */
    public int placesCalledOff(OrganisationNumber farm, LocalDate day) {
        return callOffs.stream().filter(c -> c.holds(farm, day)).mapToInt(CallOff::places).sum();
    }

    /** The places {@code farm} has free on every day of {@code period}. */
    public int freePlaces(OrganisationNumber farm, Period period) {
        AgreementSupplier supplier = supplier(farm);
        Require.present(period, "period");
        // The load only rises where a call-off starts, so the busiest day is the period's first day
        // or the first day of a call-off that starts inside it.
        int busiest = Stream.concat(Stream.of(period.start()),
                        callOffs.stream().map(c -> c.period().start()).filter(period::contains))
                .mapToInt(day -> placesCalledOff(farm, day))
                .max().orElse(0);
        return supplier.capacity() - busiest;
    }

    /**
     * The supplier the call-off rule points to for {@code places} in {@code period}: the
     * highest-ranked with room (RANKING), the next after the one used last that has room
     * (ROTATION); empty for MINI_COMPETITION, which any supplier may win, or when none has room.
     */
    public Optional<OrganisationNumber> supplierDue(int places, Period period) {
        if (callOffRule == CallOffRule.MINI_COMPETITION) {
            return Optional.empty();
        }
        return candidatesInTurn().stream()
                .map(AgreementSupplier::farm)
                .filter(farm -> freePlaces(farm, period) >= places)
                .findFirst();
    }

    /** Suppliers in the order the rule tries them. */
    private List<AgreementSupplier> candidatesInTurn() {
        if (callOffRule != CallOffRule.ROTATION || callOffs.isEmpty()) {
            return suppliers;
        }
        OrganisationNumber lastUsed = callOffs.get(callOffs.size() - 1).supplier();
        int after = suppliers.indexOf(supplier(lastUsed)) + 1;
        var turn = new ArrayList<AgreementSupplier>(suppliers.subList(after, suppliers.size()));
        turn.addAll(suppliers.subList(0, after));
        return turn;
    }

    /**
     * Orders {@code places} from {@code supplier} for {@code period}. Refuses a supplier the rule
     * does not point to, a period outside the agreement's current term, and any overbooking of the
     * supplier's capacity on any day. A mini-competition needs the {@code reason} the supplier won.
     */
    public CallOff callOff(LocalDate placedOn, Period period, int places, int daysPerWeek,
                           OrganisationNumber supplier, String reason) {
        requireActive();
        Require.present(period, "period");
        if (period.start().isBefore(term.start()) || period.end().isAfter(currentEnd())) {
            throw new DomainRuleViolation("call-off-outside-term", "period", "A call-off for " + period
                    + " falls outside the agreement's term " + term.start() + "–" + currentEnd());
        }
        AgreementSupplier chosen = supplier(Require.present(supplier, "supplier"));
        CallOff callOff = new CallOff(callOffs.size() + 1, placedOn, period, places, daysPerWeek, chosen, reason);
        int free = freePlaces(chosen.farm(), period);
        if (places > free) {
            throw new DomainRuleViolation("capacity-exceeded", "places", "Farm " + chosen.farm() + " has "
                    + Math.max(free, 0) + " of its " + chosen.capacity() + " places free throughout " + period
                    + "; " + places + " were ordered");
        }
        requireChosenByRule(chosen.farm(), places, period, callOff);
        callOffs.add(callOff);
        return callOff;
    }

    private void requireChosenByRule(OrganisationNumber chosen, int places, Period period, CallOff callOff) {
        if (callOffRule == CallOffRule.MINI_COMPETITION) {
            if (callOff.reason().isEmpty()) {
                throw new DomainRuleViolation("missing-reason", "reason",
                        "Say why " + chosen + " won the mini-competition");
            }
            return;
        }
        OrganisationNumber due = supplierDue(places, period).orElseThrow();
        if (!due.equals(chosen)) {
            throw new DomainRuleViolation("supplier-not-due", "supplier", "Under " + callOffRule
                    + " this call-off goes to " + due + " (rank " + supplier(due).rank() + "), not " + chosen);
        }
    }

    /** What all call-offs so far cost. */
    public Money calledOffCost() {
        return callOffs.stream().map(CallOff::cost).reduce(Money.ZERO, Money::add);
    }

    // --- accessors ----------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public AgreementNumber agreementNumber() {
        return agreementNumber;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public MunicipalityNumber buyer() {
        return buyer;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Period term() {
        return term;
    }

    public List<ExtensionOption> options() {
        return List.copyOf(options);
    }

    /** The days the options were exercised on; the first belongs to the first option, and so on. */
    public List<LocalDate> optionsExercisedOn() {
        return List.copyOf(optionsExercisedOn);
    }

    public TermLimit termLimit() {
        return termLimit;
    }

    public CallOffRule callOffRule() {
        return callOffRule;
    }

    /** By rank, best first. */
    public List<AgreementSupplier> suppliers() {
        return List.copyOf(suppliers);
    }

    /** In the order they were placed. */
    public List<CallOff> callOffs() {
        return List.copyOf(callOffs);
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<String> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkAgreement other && agreementNumber.equals(other.agreementNumber);
    }

    @Override
    public int hashCode() {
        return agreementNumber.hashCode();
    }

    @Override
    public String toString() {
        return agreementNumber.toString();
    }
}
