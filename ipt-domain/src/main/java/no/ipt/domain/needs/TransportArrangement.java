package no.ipt.domain.needs;

/** Who arranges the participants' travel to and from the farm. */
public enum TransportArrangement {
    MUNICIPALITY,
    PROVIDER,
    /** The participants or their families. */
    PARTICIPANTS
}
