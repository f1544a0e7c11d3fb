package no.ipt.workflow.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.workflow.forms.FormValues;

/** Kongsberg's day-activity agreement (seed 003) as form values, shared by the stage's tests. */
public final class AgreementTestData {

    public static final MunicipalityNumber KONGSBERG = MunicipalityNumber.of("3303");
    public static final String FIRST = "910000004";
    public static final String SECOND = "920000002";

    private AgreementTestData() {
    }

    public static LocalDate today() {
        return LocalDate.now(AgreementDates.ZONE);
    }

    public static ProcurementCase procurementCase(CaseNumber caseNumber) {
        return new ProcurementCase(caseNumber, "Dagaktivitet for personar med demens", KONGSBERG,
                ServiceArea.HEALTH_AND_CARE, Instant.now());
    }

    public static FrameworkAgreementSettings settings() {
        return new FrameworkAgreementSettings("P3M", "P14D", "P30D", "FOA § 26-1 (4)", "Ingen fast grense (FOA del I)", 4);
    }

    /** Two farms, rank 1 with 4 places at NOK 1250 and rank 2 with 6 at NOK 1100, one option per entry. */
    public static Map<String, Object> registration(LocalDate start, LocalDate end, String rule, int... optionMonths) {
        Map<String, Object> values = new HashMap<>();
        values.put("termStart", start.toString());
        values.put("termEnd", end.toString());
        values.put("callOffRule", rule);
        for (int i = 0; i < optionMonths.length; i++) {
            values.put("optionMonths." + (i + 1), optionMonths[i]);
        }
        values.put("suppliers.1.organisationNumber", FIRST);
        values.put("suppliers.1.pricePerPlacePerDay", "1250.00");
        values.put("suppliers.1.capacity", 4);
        values.put("suppliers.2.organisationNumber", SECOND);
        values.put("suppliers.2.pricePerPlacePerDay", "1100");
        values.put("suppliers.2.capacity", "6");
        return values;
    }

    public static FormValues form(Map<String, ?> values) {
        return new FormValues(values);
    }

    public static FormValues form(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new FormValues(values);
    }
}
