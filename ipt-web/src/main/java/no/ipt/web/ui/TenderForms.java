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
import java.text.MessageFormat;
import java.util.ResourceBundle;
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
 * The fields' form-js keys are plain ({@code decision_<orgnr>}): form-js reads a dotted key as a path and
 * would make the organisation number an array index; their IPT names are in {@code properties.field},
 * which {@code task-form.js} sends them as.
 */
@RequestScoped
public class TenderForms {

    static final String QUALIFY_OFFERS = "ipt:tender/qualify-offers";
    /** The modelled schema's note that the offers are decided elsewhere; replaced by the fields. */
    static final String INTRO = "Text_intro";

    @Inject
    TenderEvaluationService evaluations;

    /** The user's language: the page's locale is not yet set when the task page's view action runs. */
    @Inject
    UserSession session;

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
                    .add("key", "decision_" + offer.organisationNumber())
                    .add("properties", Json.createObjectBuilder().add("field", "decision." + offer.organisationNumber()))
                    .add("label", text("qualifyOffers.decision", bidder))
                    .add("type", "select")
                    .add("values", Json.createArrayBuilder()
                            .add(choice("QUALIFIED", text("qualifyOffers.qualified")))
                            .add(choice("REJECTED", text("qualifyOffers.rejected"))))
                    .add("validate", Json.createObjectBuilder().add("required", true)));
            components.add(Json.createObjectBuilder()
                    .add("id", "Field_reason_" + offer.organisationNumber())
                    .add("key", "reason_" + offer.organisationNumber())
                    .add("properties", Json.createObjectBuilder().add("field", "reason." + offer.organisationNumber()))
                    .add("label", text("qualifyOffers.reason", bidder))
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

    private String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, session.getLocale());
        return new MessageFormat(bundle.getString(key), session.getLocale()).format(args);
    }

    private static JsonObjectBuilder choice(String value, String label) {
        return Json.createObjectBuilder().add("value", value).add("label", label);
    }
}
