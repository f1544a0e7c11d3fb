package no.ipt.workflow.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.ExtensionOption;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Period;
import no.ipt.domain.tender.ProcedureChoice;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/**
 * "Registrer rammeavtalen": term, options, call-off rule and, per supplier in rank order, price per
 * place per day and capacity. Flat fields: {@code termStart}, {@code termEnd} (ISO dates),
 * {@code optionMonths.1} … {@code optionMonths.10} (whole months, in the order they are exercised),
 * {@code callOffRule} (RANKING, ROTATION, MINI_COMPETITION) and {@code suppliers.N.organisationNumber},
 * {@code suppliers.N.pricePerPlacePerDay} (NOK), {@code suppliers.N.capacity} (places) for ranks
 * N = 1, 2, … without gaps. The term limit is the tender's procedure decision ({@code maxFrameworkYears}
 * from the DMN) with its legal basis from {@link FrameworkAgreementSettings}.
 */
@ApplicationScoped
public class RegisterAgreementForm implements TaskForm {

    static final String FORM_KEY = "ipt:framework-agreement/register-agreement";
    static final Set<String> FIELDS = fields();

    private FrameworkAgreementRepository agreements;
    private TenderRepository tenders;
    private FrameworkAgreementSettings settings;

    @Inject
    public RegisterAgreementForm(FrameworkAgreementRepository agreements, TenderRepository tenders,
                                 FrameworkAgreementSettings settings) {
        this.agreements = agreements;
        this.tenders = tenders;
        this.settings = settings;
    }

    protected RegisterAgreementForm() {
        // for CDI proxies
    }

    private static Set<String> fields() {
        Set<String> names = new HashSet<>(Set.of("termStart", "termEnd", "callOffRule"));
        for (int i = 1; i <= FrameworkAgreement.MAX_OPTIONS; i++) {
            names.add("optionMonths." + i);
        }
        for (int rank = 1; rank <= FrameworkAgreement.MAX_SUPPLIERS; rank++) {
            names.add(supplierField(rank, "organisationNumber"));
            names.add(supplierField(rank, "pricePerPlacePerDay"));
            names.add(supplierField(rank, "capacity"));
        }
        return Set.copyOf(names);
    }

    private static String supplierField(int rank, String name) {
        return "suppliers." + rank + "." + name;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        term(values);
        options(values);
        CallOffRule rule = values.requiredEnum("callOffRule", CallOffRule.class);
        List<AgreementSupplier> suppliers = suppliers(values);
        return Map.of("callOffRule", rule.name(), "supplierCount", suppliers.size());
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        CaseAgreements.latest(agreements, procurementCase.caseNumber())
                .filter(a -> a.status() == AgreementStatus.ACTIVE)
                .ifPresent(a -> {
                    throw new DomainRuleViolation("agreement-already-registered", "agreementNumber",
                            "Case " + procurementCase.caseNumber() + " already has the active agreement " + a);
                });
        ProcedureChoice choice = tenders.findByCaseNumber(procurementCase.caseNumber()).stream()
                .map(Tender::procedureChoice).flatMap(Optional::stream).reduce((first, later) -> later)
                .orElseThrow(() -> new DomainRuleViolation("missing-procedure-choice", "procedure",
                        "Case " + procurementCase.caseNumber() + " has no tender with a chosen procedure"));
        agreements.store(create(agreements.nextAgreementNumber(procurementCase.caseNumber()), procurementCase,
                choice.maxFrameworkYears().orElse(null), values));
    }

    /** The agreement the values describe, under the term limit for {@code maxFrameworkYears} (null: none). */
    FrameworkAgreement create(AgreementNumber number, ProcurementCase procurementCase, Integer maxFrameworkYears,
                              FormValues values) {
        return new FrameworkAgreement(number, procurementCase.municipality(), procurementCase.serviceArea(),
                term(values), options(values), settings.termLimit(maxFrameworkYears),
                values.requiredEnum("callOffRule", CallOffRule.class), suppliers(values));
    }

    private static Period term(FormValues values) {
        return Period.of(FormFields.date(values, "termStart"), FormFields.date(values, "termEnd"));
    }

    private static List<ExtensionOption> options(FormValues values) {
        List<ExtensionOption> options = new ArrayList<>();
        for (int i = 1; i <= FrameworkAgreement.MAX_OPTIONS; i++) {
            Integer months = FormFields.optionalInt(values, "optionMonths." + i);
            if (months == null) {
                requireNoneAfter(values, i, "optionMonths.%d");
                break;
            }
            options.add(ExtensionOption.ofMonths(months));
        }
        return options;
    }

    private static List<AgreementSupplier> suppliers(FormValues values) {
        List<AgreementSupplier> suppliers = new ArrayList<>();
        for (int rank = 1; rank <= FrameworkAgreement.MAX_SUPPLIERS; rank++) {
            if (!FormFields.isPresent(values, supplierField(rank, "organisationNumber"))) {
                if (FormFields.isPresent(values, supplierField(rank, "pricePerPlacePerDay"))
                        || FormFields.isPresent(values, supplierField(rank, "capacity"))) {
                    throw new DomainRuleViolation("required", supplierField(rank, "organisationNumber"),
                            "Name the supplier ranked " + rank);
                }
                requireNoneAfter(values, rank, "suppliers.%d.organisationNumber");
                break;
            }
            suppliers.add(new AgreementSupplier(FormFields.organisationNumber(values, supplierField(rank, "organisationNumber")),
                    rank, FormFields.money(values, supplierField(rank, "pricePerPlacePerDay")),
                    values.requiredInt(supplierField(rank, "capacity"))));
        }
        if (suppliers.isEmpty()) {
            throw new DomainRuleViolation("required", supplierField(1, "organisationNumber"),
                    "Name at least the supplier ranked first");
        }
        return suppliers;
    }

    private static void requireNoneAfter(FormValues values, int missing, String pattern) {
        for (int later = missing + 1; later <= FrameworkAgreement.MAX_SUPPLIERS; later++) {
            String name = String.format(pattern, later);
            if (FormFields.isPresent(values, name)) {
                throw new DomainRuleViolation("gap-in-list", String.format(pattern, missing),
                        "'" + name + "' is given but '" + String.format(pattern, missing) + "' is not");
            }
        }
    }
}
