package no.ipt.domain.farm;

/**
 * What kind of premises a provider runs its services on. The approval scheme approves working
 * farms only: kennels, closed military camps and former school buildings are excluded by the rules
 * of Stiftelsen Norsk Mat even when they keep animals.
 */
public enum FarmKind {
    /** A working farm (gårdsbruk) with a producer number. */
    WORKING_FARM(true),
    KENNEL(false),
    CLOSED_MILITARY_CAMP(false),
    FORMER_SCHOOL_BUILDING(false);

    private final boolean approvable;

    FarmKind(boolean approvable) {
        this.approvable = approvable;
    }

    public boolean isApprovable() {
        return approvable;
    }
}
