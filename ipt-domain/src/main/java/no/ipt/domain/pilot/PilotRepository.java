package no.ipt.domain.pilot;

import java.util.List;
import java.util.Optional;

/** Stores and finds pilots. The JPA implementation lives in the infrastructure package. */
public interface PilotRepository {

    Optional<Pilot> findByName(String name);

    Optional<Pilot> findById(long id);

    /** All pilots, by name. */
    List<Pilot> findAll();

    void store(Pilot pilot);
}
