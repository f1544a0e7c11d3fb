package no.ipt.domain.farm;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A provider's farm (the aggregate root), identified by the organisation number of the enterprise
 * that runs it. It knows which service areas it offers and guards the approval scheme's rule on
 * which premises can be approved at all.
 */
@Entity
@Table(name = "farm", schema = "ipt")
public class Farm {

    public static final int MAX_NAME_LENGTH = 200;
    private static final String PRODUCER_NUMBER_FORM = "\\d{1,10}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "organisation_number", length = 9, nullable = false,
            unique = true, updatable = false))
    private OrganisationNumber organisationNumber;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "enterprise_name", nullable = false, length = MAX_NAME_LENGTH)
    private String enterpriseName;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = MAX_NAME_LENGTH)
    private String displayName;

    /** Produsentnummer from Landbruksdirektoratet: what makes the enterprise a farm in the scheme's eyes. */
    @NotNull
    @Pattern(regexp = PRODUCER_NUMBER_FORM)
    @Column(name = "producer_number", nullable = false, length = 10)
    private String producerNumber;

    @Embedded
    @Valid
    private PropertyNumber propertyNumber;

    @Embedded
    @Valid
    private Address address;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false))
    private MunicipalityNumber municipality;

    @Embedded
    @Valid
    private Contact contact;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FarmKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "farm_service_area", schema = "ipt", joinColumns = @JoinColumn(name = "farm_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private Set<ServiceArea> serviceAreas = new HashSet<>();

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Embedded
    @Valid
    private Facilities facilities;

    @Version
    @Column(nullable = false)
    private long version;

    protected Farm() {
        // for JPA
    }

    public Farm(OrganisationNumber organisationNumber, String enterpriseName, String displayName,
                String producerNumber, MunicipalityNumber municipality, FarmKind kind) {
        this.organisationNumber = Require.present(organisationNumber, "organisationNumber");
        this.enterpriseName = Require.text(enterpriseName, "enterpriseName", MAX_NAME_LENGTH);
        this.displayName = Require.text(displayName, "displayName", MAX_NAME_LENGTH);
        this.producerNumber = requireProducerNumber(producerNumber);
        this.municipality = Require.present(municipality, "municipalityNumber");
        this.kind = Require.present(kind, "kind");
    }

    private static String requireProducerNumber(String producerNumber) {
        String value = Require.text(producerNumber, "producerNumber", 10);
        if (!value.matches(PRODUCER_NUMBER_FORM)) {
            throw new DomainRuleViolation("invalid-producer-number", "producerNumber",
                    "A producer number has only digits, at most ten (got '" + producerNumber + "')");
        }
        return value;
    }

    public void rename(String enterpriseName, String displayName) {
        this.enterpriseName = Require.text(enterpriseName, "enterpriseName", MAX_NAME_LENGTH);
        this.displayName = Require.text(displayName, "displayName", MAX_NAME_LENGTH);
    }

    /** A farm's municipality changes only in a municipal reform; the cadastral number goes with it. */
    public void moveTo(MunicipalityNumber municipality) {
        MunicipalityNumber next = Require.present(municipality, "municipalityNumber");
        if (!this.municipality.equals(next)) {
            this.propertyNumber = null;
        }
        this.municipality = next;
    }

    public void registerPropertyNumber(PropertyNumber propertyNumber) {
        this.propertyNumber = Require.present(propertyNumber, "propertyNumber");
    }

    public void changeAddress(Address address) {
        this.address = Require.present(address, "address");
    }

    public void changeContact(Contact contact) {
        this.contact = Require.present(contact, "contact");
    }

    public void describeFacilities(Facilities facilities) {
        this.facilities = Require.present(facilities, "facilities");
    }

    /** What the farm has, if described. */
    public java.util.Optional<Facilities> facilities() {
        return java.util.Optional.ofNullable(facilities);
    }

    /** Refuses an edit based on an older version than the stored one. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new no.ipt.domain.shared.StaleVersionException("Farm " + organisationNumber, expectedVersion, version);
        }
    }

    public void offer(ServiceArea serviceArea) {
        serviceAreas.add(Require.present(serviceArea, "serviceArea"));
    }

    public void stopOffering(ServiceArea serviceArea) {
        serviceAreas.remove(serviceArea);
    }

    public boolean offers(ServiceArea serviceArea) {
        return serviceAreas.contains(serviceArea);
    }

    /** Whether the approval scheme may approve these premises at all (before any audit). */
    public boolean isEligibleForApproval() {
        return kind.isApprovable();
    }

    public void requireEligibleForApproval() {
        if (!isEligibleForApproval()) {
            throw new DomainRuleViolation("farm-not-approvable", "kind", displayName + " is a "
                    + kind.name().toLowerCase().replace('_', ' ')
                    + "; the IPT approval scheme approves working farms only");
        }
    }

    /** Records that the approval scheme approved the farm after the external audit. */
    public void approve(LocalDate on) {
        requireEligibleForApproval();
        this.approvedOn = Require.present(on, "approvedOn");
    }

    public boolean isApproved() {
        return approvedOn != null;
    }

    public Long id() {
        return id;
    }

    public OrganisationNumber organisationNumber() {
        return organisationNumber;
    }

    public String enterpriseName() {
        return enterpriseName;
    }

    public String displayName() {
        return displayName;
    }

    public String producerNumber() {
        return producerNumber;
    }

    public PropertyNumber propertyNumber() {
        return propertyNumber;
    }

    public Address address() {
        return address;
    }

    public MunicipalityNumber municipality() {
        return municipality;
    }

    public Contact contact() {
        return contact;
    }

    public FarmKind kind() {
        return kind;
    }

    public Set<ServiceArea> serviceAreas() {
        return serviceAreas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(serviceAreas));
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Farm other && organisationNumber.equals(other.organisationNumber);
    }

    @Override
    public int hashCode() {
        return organisationNumber.hashCode();
    }

    @Override
    public String toString() {
        return displayName + " (" + organisationNumber + ")";
    }
}
