package no.ipt.domain.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.ipt.domain.shared.MunicipalityNumber;

/**
 * Which municipalities' (tenants') data a user may see: everything (platform admin), a set of
 * municipalities (a municipal user: one; a county pilot lead: the pilot's), or none (a farm user
 * sees no buyer's cases).
 */
public final class TenantScope {

    private static final TenantScope ALL = new TenantScope(true, Set.of());
    private static final TenantScope NONE = new TenantScope(false, Set.of());

    private final boolean all;
    private final Set<String> municipalities;

    private TenantScope(boolean all, Set<String> municipalities) {
        this.all = all;
        this.municipalities = municipalities;
    }

    public static TenantScope all() {
        return ALL;
    }

    public static TenantScope none() {
        return NONE;
    }

    public static TenantScope of(Collection<MunicipalityNumber> municipalities) {
        return municipalities.isEmpty() ? NONE : new TenantScope(false, municipalities.stream()
                .map(MunicipalityNumber::value).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The scope a user account gives, with the municipalities of the pilot it leads, if any. */
    public static TenantScope of(UserAccount account, Collection<MunicipalityNumber> pilotMunicipalities) {
        if (account.isPlatformAdmin()) {
            return ALL;
        }
        Set<MunicipalityNumber> visible = new java.util.HashSet<>(pilotMunicipalities);
        account.municipality().ifPresent(visible::add);
        if (account.hasRole(Role.FARM_USER)) {
            return NONE;
        }
        return of(visible);
    }

    public boolean isAll() {
        return all;
    }

    public boolean includes(MunicipalityNumber municipality) {
        return all || (municipality != null && municipalities.contains(municipality.value()));
    }

    /** The municipality numbers in the scope (empty for {@link #all()}: check {@link #isAll()} first). */
    public Set<String> municipalityNumbers() {
        return municipalities;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantScope other && all == other.all && municipalities.equals(other.municipalities);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + municipalities.hashCode();
    }

    @Override
    public String toString() {
        return all ? "all municipalities" : municipalities.isEmpty() ? "no municipality" : municipalities.toString();
    }
}
