package no.ipt.application.farms;

import no.ipt.application.shared.NotFoundException;

/** No farm with that organisation number in the register. */
public class FarmNotFoundException extends NotFoundException {

    public FarmNotFoundException(String organisationNumber) {
        super("No farm " + organisationNumber + " in the register");
    }
}
