package no.ipt.web.api.farms;

import jakarta.validation.constraints.Size;
import java.util.List;
import no.ipt.application.farms.FarmDetails;

/**
 * JSON body of {@code POST /api/farms} (with organisation number, producer number, municipality and
 * kind) and {@code PUT /api/farms/{organisationNumber}} (with {@code version}).
 */
public class FarmRequest {

    @Size(max = 9)
    public String organisationNumber;
    @Size(max = 10)
    public String producerNumber;
    @Size(max = 4)
    public String municipalityNumber;
    @Size(max = 40)
    public String kind;
    @Size(max = 200)
    public String enterpriseName;
    @Size(max = 200)
    public String displayName;
    @Size(max = 100)
    public String street;
    @Size(max = 4)
    public String postalCode;
    @Size(max = 100)
    public String postTown;
    @Size(max = 200)
    public String email;
    @Size(max = 20)
    public String phone;
    @Size(max = 200)
    public String website;
    @Size(max = 1000)
    public String animals;
    @Size(max = 1000)
    public String crops;
    @Size(max = 1000)
    public String buildings;
    public Integer places;
    @Size(max = 10)
    public List<@Size(max = 40) String> serviceAreas;
    /** The farm's version the caller saw (PUT only). */
    public Long version;

    FarmDetails details() {
        return new FarmDetails(enterpriseName, displayName, street, postalCode, postTown, email, phone, website,
                animals, crops, buildings, places, serviceAreas);
    }
}
