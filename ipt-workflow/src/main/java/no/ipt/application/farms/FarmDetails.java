package no.ipt.application.farms;

import java.util.List;

/** What an officer records about a farm: names, address, contact, facilities and the service areas it offers. */
public record FarmDetails(String enterpriseName, String displayName, String street, String postalCode, String postTown,
                          String email, String phone, String website, String animals, String crops, String buildings,
                          Integer places, List<String> serviceAreas) {
}
