package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import no.ipt.application.access.Caller;
import no.ipt.application.tasks.TaskView;
import no.ipt.application.tender.TenderEvaluationService;
import no.ipt.application.tender.TenderEvaluationView;

/**
 * The tender's qualification form typed to its offers: the modelled schema of
 * {@code ipt:tender/qualify-offers} has only the evaluators, since the fields {@code decision.<orgnr>}
 * and {@code reason.<orgnr>} depend on the offers of each tender. For the task page they are added
 * per offer (bidder's name and organisation number as the label), so every offer is decided in the
 * browser and the task form's own rules still decide on the server. Every other schema is left as it is.
 */
@RequestScoped
public class TenderForms {

    static final String QUALIFY_OFFERS = "ipt:tender/qualify-offers";
    /** The modelled schema's note that the offers are decided elsewhere; replaced by the fields. */
    static final String INTRO = "Text_intro";

    @Inject
    TenderEvaluationService evaluations;

    @Inject
    Texts texts;

    /** The schema the task page draws for {@code task}: {@code schema}, typed to the tender where needed. */
    public String schema(Caller caller, TaskView task, String schema) {
        if (schema == null || !QUALIFY_OFFERS.equals(task.formKey()) || task.caseNumber() == null) {
            return schema;
        }
        return evaluations.current(caller, task.caseNumber()).map(tender -> withOffers(schema, tender)).orElse(schema);
    }

    String withOffers(String schema, TenderEvaluationView tender) {
        JsonObject modelled;
        try (JsonReader reader = Json.createReader(new StringReader(schema))) {
            modelled = reader.readObject();
        }
        JsonArrayBuilder components = Json.createArrayBuilder();
        for (TenderEvaluationView.Bidder offer : tender.offers()) {
            String bidder = offer.label() + " (" + offer.organisationNumber() + ")";
            components.add(Json.createObjectBuilder()
                    .add("id", "Field_decision_" + offer.organisationNumber())
                    .add("key", "decision." + offer.organisationNumber())
                    .add("label", texts.get("qualifyOffers.decision", bidder))
                    .add("type", "select")
                    .add("values", Json.createArrayBuilder()
                            .add(choice("QUALIFIED", texts.get("qualifyOffers.qualified")))
                            .add(choice("REJECTED", texts.get("qualifyOffers.rejected"))))
                    .add("validate", Json.createObjectBuilder().add("required", true)));
            components.add(Json.createObjectBuilder()
                    .add("id", "Field_reason_" + offer.organisationNumber())
                    .add("key", "reason." + offer.organisationNumber())
                    .add("label", texts.get("qualifyOffers.reason", bidder))
                    .add("type", "textarea"));
        }
        for (JsonValue component : modelled.getJsonArray("components")) {
            if (!INTRO.equals(component.asJsonObject().getString("id", null))) {
                components.add(component);
            }
        }
        JsonObjectBuilder typed = Json.createObjectBuilder(modelled);
        typed.add("components", components);
        return typed.build().toString();
    }

    private static JsonObjectBuilder choice(String value, String label) {
        return Json.createObjectBuilder().add("value", value).add("label", label);
    }
}
