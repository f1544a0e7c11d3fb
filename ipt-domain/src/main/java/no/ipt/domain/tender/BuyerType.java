package no.ipt.domain.tender;

/**
 * The kind of contracting authority, which sets the EEA threshold: municipalities, county
 * authorities and NAV offices buying locally are "other than the state"; NAV as a state agency
 * buying centrally is the state.
 */
public enum BuyerType {
    MUNICIPALITY,
    STATE
}
