package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.ipt.application.access.Caller;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.cases.OpenCaseCommand;
import no.ipt.domain.access.Role;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.web.security.CurrentCaller;

/**
 * "Ny sak" on the start page: title, municipality (those the user works for) and service area, opened
 * through {@link CaseApplicationService#open} as {@code POST /api/cases} does; the domain's refusals
 * appear next to their fields. Shown to those who may open cases.
 */
@Named
@RequestScoped
public class NewCaseForm {

    /** The domain's field names → the fields of the form. */
    private static final Map<String, String> FIELDS = Map.of("title", "newCase:title",
            "municipalityNumber", "newCase:municipality", "serviceArea", "newCase:serviceArea");

    @Inject
    CaseApplicationService cases;

    @Inject
    CurrentCaller caller;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    Failures failures;

    @Inject
    Texts texts;

    private String title;
    private String municipality;
    private String serviceArea;

    public boolean isAllowed() {
        Caller c = caller.get();
        return c.hasRole(Role.PROCUREMENT_OFFICER) || c.hasRole(Role.PROJECT_LEAD) || c.hasRole(Role.ADMIN);
    }

    /** The municipalities the user may open a case for, by number. */
    public List<Municipality> getMunicipalities() {
        Caller c = caller.get();
        return municipalities.findAll().stream().filter(m -> c.sees(m.number())).toList();
    }

    public List<String> getServiceAreas() {
        return Arrays.stream(ServiceArea.values()).map(Enum::name).toList();
    }

    /** Opens the case and goes to its page, where its first task waits. */
    public String open() {
        try {
            CaseView opened = cases.open(caller.get(), new OpenCaseCommand(title, municipality, serviceArea));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("newCase.opened", opened.caseNumber()));
            return "/case?faces-redirect=true&n=" + opened.caseNumber();
        } catch (RuntimeException e) {
            failures.show(e, FIELDS);
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }
}
