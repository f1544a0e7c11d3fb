package no.ipt.application.farms;

/** No farm with that organisation number in the register. */
public class FarmNotFoundException extends RuntimeException {

    public FarmNotFoundException(String organisationNumber) {
        super("No farm " + organisationNumber + " in the register");
    }
}
