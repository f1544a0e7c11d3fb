package no.ipt.domain.pilot;

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
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * A pilot in IPT-løftet 2 (the aggregate root), identified by its name, e.g. "IPT-løftet 2
 * Vestland". The programme's rule that a running pilot has two to five participating
 * municipalities is guarded here, whatever order they join or leave in.
 */
@Entity
@Table(name = "pilot", schema = "ipt")
public class Pilot {

    public static final int MIN_MUNICIPALITIES = 2;
    public static final int MAX_MUNICIPALITIES = 5;
    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(nullable = false, unique = true, updatable = false, length = MAX_NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String county;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @NotBlank
    @Size(max = 100)
    @Column(name = "project_lead", nullable = false, length = 100)
    private String projectLead;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PilotStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_municipality", schema = "ipt", joinColumns = @JoinColumn(name = "pilot_id"))
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false))
    @Size(max = MAX_MUNICIPALITIES)
    private Set<MunicipalityNumber> municipalities = new LinkedHashSet<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Pilot() {
        // for JPA
    }

    private Pilot(String name, String county, ServiceArea serviceArea, Period period, String projectLead) {
        this.name = Require.text(name, "name", MAX_NAME_LENGTH);
        this.county = Require.text(county, "county", 100);
        this.serviceArea = Require.present(serviceArea, "serviceArea");
        this.period = Require.present(period, "period");
        this.projectLead = Require.text(projectLead, "projectLead", 100);
        this.status = PilotStatus.RECRUITING;
    }

    /** A pilot that has its two to five municipalities and runs from the start. */
    public static Pilot running(String name, String county, ServiceArea serviceArea, Period period,
                                String projectLead, Collection<MunicipalityNumber> municipalities) {
        Pilot pilot = new Pilot(name, county, serviceArea, period, projectLead);
        Require.present(municipalities, "municipalities").forEach(pilot::join);
        pilot.start();
        return pilot;
    }

    /** A pilot still looking for its municipalities. */
    public static Pilot recruiting(String name, String county, ServiceArea serviceArea, Period period,
                                   String projectLead) {
        return new Pilot(name, county, serviceArea, period, projectLead);
    }

    public void join(MunicipalityNumber municipality) {
        Require.present(municipality, "municipalityNumber");
        if (!municipalities.contains(municipality) && municipalities.size() >= MAX_MUNICIPALITIES) {
            throw new DomainRuleViolation("too-many-pilot-municipalities", "municipalities",
                    "A pilot has at most " + MAX_MUNICIPALITIES + " municipalities; " + name + " already has "
                            + municipalities.size());
        }
        municipalities.add(municipality);
    }

    public void leave(MunicipalityNumber municipality) {
        if (status == PilotStatus.RUNNING && municipalities.contains(municipality)
                && municipalities.size() <= MIN_MUNICIPALITIES) {
            throw new DomainRuleViolation("too-few-pilot-municipalities", "municipalities",
                    "A running pilot keeps at least " + MIN_MUNICIPALITIES + " municipalities");
        }
        municipalities.remove(municipality);
    }

    /** Starts the pilot; from now on it never has fewer than two municipalities. */
    public void start() {
        if (municipalities.size() < MIN_MUNICIPALITIES) {
            throw new DomainRuleViolation("too-few-pilot-municipalities", "municipalities",
                    "A pilot starts with " + MIN_MUNICIPALITIES + " to " + MAX_MUNICIPALITIES
                            + " municipalities; " + name + " has " + municipalities.size());
        }
        this.status = PilotStatus.RUNNING;
    }

    public boolean includes(MunicipalityNumber municipality) {
        return municipalities.contains(municipality);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String county() {
        return county;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Period period() {
        return period;
    }

    public String projectLead() {
        return projectLead;
    }

    public PilotStatus status() {
        return status;
    }

    /** The participating municipalities, by number. */
    public List<MunicipalityNumber> municipalities() {
        return municipalities.stream().sorted(Comparator.comparing(MunicipalityNumber::value)).toList();
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pilot other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
