package no.ipt.workflow.needs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/** "Beskriv behovet": what is needed and for how many participants. */
@ApplicationScoped
public class DescribeNeedForm implements TaskForm {

    static final Set<String> FIELDS = Set.of("needDescription", "participants");

    @Override
    public String formKey() {
        return "ipt:describe-need";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        values.requiredString("needDescription", ProcurementCase.MAX_NEED_LENGTH);
        int participants = values.requiredInt("participants");
        return Map.of("participants", participants);
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        procurementCase.describeNeed(values.requiredString("needDescription", ProcurementCase.MAX_NEED_LENGTH),
                values.requiredInt("participants"));
    }
}
