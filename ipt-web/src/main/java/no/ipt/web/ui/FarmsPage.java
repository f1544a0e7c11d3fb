package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import no.ipt.application.farms.FarmRegisterService;
import no.ipt.application.farms.FarmView;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/**
 * The farm register: search by name and municipality, as {@code GET /api/farms?name=&municipality=}.
 * The search is a GET form, so a result list can be bookmarked and changes nothing.
 */
@Named
@RequestScoped
public class FarmsPage {

    @Inject
    FarmRegisterService register;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    CurrentCaller caller;

    @Inject
    Failures failures;

    private String name;
    private String municipality;
    private List<FarmView> farms = List.of();

    /** The view action. */
    public void load() {
        if (name != null && name.length() > 200) {
            name = name.substring(0, 200);
        }
        try {
            farms = register.search(caller.get(), name, municipality);
        } catch (DomainRuleViolation badMunicipality) {
            failures.show(badMunicipality, java.util.Map.of());
        }
    }

    /** Every municipality, by name: the register is shared, so any of them may be searched. */
    public List<Municipality> getMunicipalities() {
        return municipalities.findAll().stream().sorted(Comparator.comparing(Municipality::name)).toList();
    }

    public List<FarmView> getFarms() {
        return farms;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
