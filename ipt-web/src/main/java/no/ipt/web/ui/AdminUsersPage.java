package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.ipt.application.access.NewUser;
import no.ipt.application.access.UserAdministrationService;
import no.ipt.application.access.UserChange;
import no.ipt.application.access.UserView;
import no.ipt.domain.access.Role;
import no.ipt.web.security.CurrentCaller;

/**
 * Admins manage users: the list, a new user, and one user's name, roles, municipality, password and
 * whether the account is enabled – all through {@link UserAdministrationService}, as {@code /api/users}.
 */
@Named
@ViewScoped
public class AdminUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministrationService users;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    private List<UserView> all = List.of();
    /** The user being edited (view parameter {@code u}). */
    private String selected;
    private UserView editing;

    // the new user's fields
    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String municipalityNumber;

    // the edited user's fields
    private String editDisplayName;
    private List<String> editRoles = new ArrayList<>();
    private String editMunicipalityNumber;
    private String newPassword;

    /** Only admins see the page; others get 403 as from the API. */
    public void load() throws IOException {
        if (!caller.get().isAdmin()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, texts.get("error.forbidden"));
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        all = users.list(caller.get());
        editing = selected == null ? null : all.stream().filter(u -> u.username().equals(selected)).findFirst().orElse(null);
        if (editing != null && editDisplayName == null) {
            editDisplayName = editing.displayName();
            editRoles = new ArrayList<>(editing.roles());
            editMunicipalityNumber = editing.municipalityNumber();
        }
    }

    public String create() {
        return act(() -> users.create(caller.get(), new NewUser(username, displayName, password,
                new LinkedHashSet<>(roles), blankToNull(municipalityNumber), null, null)), "admin.users.created",
                Map.of("username", "create:username", "displayName", "create:displayName", "password", "create:password",
                        "roles", "create:roles", "municipalityNumber", "create:municipality"), null);
    }

    public String save() {
        return act(() -> users.change(caller.get(), editing.username(), new UserChange(editing.version(), editDisplayName,
                new LinkedHashSet<>(editRoles), blankToNull(editMunicipalityNumber), editing.pilotName(),
                editing.farmOrganisationNumber())), "admin.users.saved",
                Map.of("displayName", "edit:displayName", "roles", "edit:roles", "municipalityNumber", "edit:municipality"),
                editing.username());
    }

    public String setPassword() {
        return act(() -> users.resetPassword(caller.get(), editing.username(), editing.version(), newPassword),
                "admin.users.passwordSet", Map.of("password", "edit:newPassword"), editing.username());
    }

    public String toggleEnabled() {
        return act(() -> {
            if (editing.enabled()) {
                users.disable(caller.get(), editing.username(), editing.version());
            } else {
                users.enable(caller.get(), editing.username(), editing.version());
            }
        }, editing.enabled() ? "admin.users.disabled" : "admin.users.enabled", Map.of(), editing.username());
    }

    /** Runs the call; on success shows the list again (after a redirect), on failure keeps the input and says why. */
    private String act(Runnable call, String doneKey, Map<String, String> fields, String user) {
        try {
            call.run();
        } catch (RuntimeException e) {
            failures.show(e, fields);
            return null;
        }
        texts.message(null, FacesMessage.SEVERITY_INFO, texts.get(doneKey));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin-users?faces-redirect=true" + (user == null ? "" : "&u=" + user);
    }

    /** The roles an admin can give, by group name. */
    public List<String> getRoleChoices() {
        return Arrays.stream(Role.values()).map(Role::group).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<UserView> getUsers() {
        return all;
    }

    public UserView getEditing() {
        return editing;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = blankToNull(selected);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getMunicipalityNumber() {
        return municipalityNumber;
    }

    public void setMunicipalityNumber(String municipalityNumber) {
        this.municipalityNumber = municipalityNumber;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String editDisplayName) {
        this.editDisplayName = editDisplayName;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles == null ? new ArrayList<>() : new ArrayList<>(editRoles);
    }

    public String getEditMunicipalityNumber() {
        return editMunicipalityNumber;
    }

    public void setEditMunicipalityNumber(String editMunicipalityNumber) {
        this.editMunicipalityNumber = editMunicipalityNumber;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
