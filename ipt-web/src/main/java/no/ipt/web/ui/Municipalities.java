package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.municipality.MunicipalityRepository;
import no.ipt.domain.shared.MunicipalityNumber;

/** A municipality's name for its number, as pages show it: "Steinkjer (5006)". */
@Named
@RequestScoped
public class Municipalities {

    @Inject
    MunicipalityRepository municipalities;

    private final Map<String, String> names = new HashMap<>();

    public String label(String number) {
        if (number == null) {
            return "";
        }
        return names.computeIfAbsent(number, n -> municipalities.find(MunicipalityNumber.of(n))
                .map(Municipality::name).map(name -> name + " (" + n + ")").orElse(n));
    }
}
