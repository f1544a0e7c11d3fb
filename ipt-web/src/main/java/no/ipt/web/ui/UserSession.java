package no.ipt.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.web.security.CurrentCaller;

/**
 * What the browser session remembers for the pages: the chosen language (Norwegian Bokmål until the
 * user picks English; the browser's Accept-Language is not consulted, so every officer starts in
 * Norwegian) and the logged-in user's display name.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages of the user interface, the default first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nb"), Locale.ENGLISH);

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient UserAccountRepository accounts;

    private Locale locale = LANGUAGES.get(0);
    private String username;
    private String displayName;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language and shows the same page again (post-redirect-get, with its parameters). */
    public String useLanguage(String language) {
        locale = LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(locale);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The name of the logged-in user as their account gives it (the username if it has none). */
    public String getDisplayName() {
        String current = caller.get().username();
        if (!current.equals(username)) {
            username = current;
            displayName = accounts.find(current).map(UserAccount::displayName)
                    .filter(n -> n != null && !n.isBlank()).orElse(current);
        }
        return displayName;
    }

    public String getUsername() {
        return caller.get().username();
    }

    /** Whether the admin pages are offered (roles are re-read each request, so this follows a change at once). */
    public boolean isAdmin() {
        return caller.get().isAdmin();
    }
}
