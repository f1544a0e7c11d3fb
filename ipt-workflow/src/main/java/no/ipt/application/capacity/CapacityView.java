package no.ipt.application.capacity;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.capacity.CapacityChange;
import no.ipt.domain.capacity.ServiceCapacity;

/** A service's capacity as counts, with its dated history (oldest first). */
public record CapacityView(long id, String municipalityNumber, String serviceArea, String serviceName,
                           int placesAvailable, int placesInUse, int freePlaces, int waitingList,
                           List<ChangeView> history, long version) {

    /** One change: what, how many, and the counts after it. */
    public record ChangeView(LocalDate on, String kind, int count, int placesAvailable, int placesInUse,
                             int waitingList) {

        static ChangeView of(CapacityChange c) {
            return new ChangeView(c.changedOn(), c.kind().name(), c.count(), c.placesAvailable(), c.placesInUse(),
                    c.waitingList());
        }
    }

    public static CapacityView of(ServiceCapacity c) {
        return new CapacityView(c.id(), c.municipality().value(), c.serviceArea().name(), c.serviceName(),
                c.placesAvailable(), c.placesInUse(), c.freePlaces(), c.waitingList(),
                c.history().stream().map(ChangeView::of).toList(), c.version());
    }
}
