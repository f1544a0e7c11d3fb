package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The UI's texts in the current language ({@code no/ipt/web/ui/messages*.properties}), for page beans
 * and for labels whose key is computed (task names by their BPMN id, with the model's name as fallback),
 * and the texts of broken domain rules ({@code no/ipt/web/ui/violations*.properties}).
 */
@Named
@RequestScoped
public class Texts {

    static final String BUNDLE = "no.ipt.web.ui.messages";
    static final String VIOLATIONS = "no.ipt.web.ui.violations";

    public String get(String key, Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle().getLocale()).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    public String orElse(String key, String fallback) {
        String text = find(key);
        return text == null ? fallback : text;
    }

    /** A user task's name in the current language: {@code task.<BPMN id>}, else the name in the model. */
    public String task(String taskDefinitionKey, String modelName) {
        return orElse("task." + taskDefinitionKey, modelName);
    }

    /** What the user is told about a broken domain rule, in the current language (by its code only). */
    public String violation(DomainRuleViolation v) {
        return violation(ResourceBundle.getBundle(VIOLATIONS, locale()), v.code());
    }

    /**
     * The text of the rule {@code code} in {@code bundle}: {@code violation.<code>}; else its family's, by the
     * code's first word ({@code violation.prefix.missing} for {@code missing-street}, a code built from a field's
     * name), then by an ending after one of its dashes, the longest first ({@code violation.suffix.too-long} for
     * {@code street-too-long}); else {@code violation.other}.
     */
    static String violation(ResourceBundle bundle, String code) {
        List<String> keys = new ArrayList<>();
        if (code != null) {
            keys.add("violation." + code);
            int dash = code.indexOf('-');
            if (dash > 0) {
                keys.add("violation.prefix." + code.substring(0, dash));
            }
            for (; dash >= 0; dash = code.indexOf('-', dash + 1)) {
                keys.add("violation.suffix." + code.substring(dash + 1));
            }
        }
        return keys.stream().filter(bundle::containsKey).findFirst().map(bundle::getString)
                .orElseGet(() -> bundle.getString("violation.other"));
    }

    /** Adds a message for the whole page ({@code clientId} null) or next to a field. */
    public void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private String find(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    /** The view's language, else the default language (Bokmål). */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? UserSession.LANGUAGES.get(0) : faces.getViewRoot().getLocale();
    }
}
