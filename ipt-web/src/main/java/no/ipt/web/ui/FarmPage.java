package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.farms.FarmDealingsView;
import no.ipt.application.farms.FarmNotFoundException;
import no.ipt.application.farms.FarmRegisterService;
import no.ipt.application.farms.FarmView;
import no.ipt.web.security.CurrentCaller;

/**
 * One farm of the register: who and where it is, what it offers, and what the user's municipalities
 * have on it – approvals with the dates they lapse, agreements with their term – through
 * {@link FarmRegisterService#dealings}, so another municipality's approvals and agreements stay hidden.
 */
@Named
@RequestScoped
public class FarmPage {

    /** How far ahead an approval or agreement running out is pointed out. */
    static final int WARNING_DAYS = 90;

    @Inject
    FarmRegisterService register;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    private String organisationNumber;
    private FarmView farm;
    private FarmDealingsView dealings;

    /** The view action. */
    public void load() {
        try {
            farm = register.find(caller.get(), organisationNumber);
        } catch (FarmNotFoundException e) {
            texts.message(null, FacesMessage.SEVERITY_ERROR, texts.get("farm.notFound"));
            return;
        }
        try {
            dealings = register.dealings(caller.get(), organisationNumber);
        } catch (AccessDeniedException farmUser) {
            dealings = null;
        }
    }

    /**
     * How a date something runs out on stands today: {@code expired} when passed, {@code soon} within
     * {@value #WARNING_DAYS} days, else empty (the page says it in words, not by colour alone).
     */
    public String expiry(LocalDate day) {
        return expiry(day, LocalDate.now(Formats.OSLO));
    }

    static String expiry(LocalDate day, LocalDate today) {
        if (day == null) {
            return "";
        }
        if (day.isBefore(today)) {
            return "expired";
        }
        return day.isAfter(today.plusDays(WARNING_DAYS)) ? "" : "soon";
    }

    public FarmView getFarm() {
        return farm;
    }

    public FarmDealingsView getDealings() {
        return dealings;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }
}
