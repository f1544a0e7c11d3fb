package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's texts in the current language ({@code no/ipt/web/ui/messages*.properties}), for page beans
 * and for labels whose key is computed (task names by their BPMN id, with the model's name as fallback).
 */
@Named
@RequestScoped
public class Texts {

    static final String BUNDLE = "no.ipt.web.ui.messages";

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
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot() == null ? UserSession.LANGUAGES.get(0)
                : faces.getViewRoot().getLocale());
    }
}
