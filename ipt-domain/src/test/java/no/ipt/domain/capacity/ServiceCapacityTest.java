package no.ipt.domain.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;

class ServiceCapacityTest {

    static final MunicipalityNumber STEINKJER = MunicipalityNumber.of("5006");
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    static final LocalDate FEB = LocalDate.of(2026, 2, 2);

    final ServiceCapacity dementia = new ServiceCapacity(STEINKJER, ServiceArea.HEALTH_AND_CARE,
            " Dagaktivitetstilbud demens ", 6, JAN);

    static AbstractObjectAssert<?, String> refusedWith(Runnable action) {
        return assertThatThrownBy(action::run).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code());
    }

    @Test
    void startsWithFreePlacesAndNoWaitingList() {
        assertThat(dementia.serviceName()).isEqualTo("Dagaktivitetstilbud demens");
        assertThat(dementia.freePlaces()).isEqualTo(6);
        assertThat(dementia.waitingList()).isZero();
        assertThat(dementia.history()).singleElement()
                .isEqualTo(new CapacityChange(JAN, ChangeKind.ESTABLISHED, 6, 6, 0, 0));
        refusedWith(() -> new ServiceCapacity(STEINKJER, ServiceArea.HEALTH_AND_CARE, "x", -1, JAN))
                .isEqualTo("invalid-count");
        refusedWith(() -> new ServiceCapacity(STEINKJER, ServiceArea.HEALTH_AND_CARE, " ", 1, JAN))
                .isEqualTo("missing-service-name");
    }

    @Test
    void admitsFromTheWaitingListOnlyIntoFreePlaces() {
        dementia.joinWaitingList(8, JAN);
        refusedWith(() -> dementia.admitFromWaitingList(7, JAN)).isEqualTo("no-free-places");
        dementia.admitFromWaitingList(6, JAN);
        assertThat(dementia.placesInUse()).isEqualTo(6);
        assertThat(dementia.waitingList()).isEqualTo(2);
        assertThat(dementia.freePlaces()).isZero();
        refusedWith(() -> dementia.admitFromWaitingList(1, FEB)).isEqualTo("no-free-places");
        assertThat(dementia.admitFromWaitingList(FEB)).isZero();

        dementia.release(1, FEB);
        dementia.changeAvailablePlaces(8, FEB);
        assertThat(dementia.admitFromWaitingList(FEB)).isEqualTo(2);
        assertThat(dementia.waitingList()).isZero();
        assertThat(dementia.placesInUse()).isEqualTo(7);
        assertThat(dementia.freePlaces()).isEqualTo(1);
        refusedWith(() -> dementia.admitFromWaitingList(1, FEB)).isEqualTo("too-few-waiting");
    }

    @Test
    void noCountGoesNegativeAndInUseNeverExceedsAvailable() {
        dementia.joinWaitingList(3, JAN);
        dementia.admitFromWaitingList(3, JAN);
        refusedWith(() -> dementia.changeAvailablePlaces(2, FEB)).isEqualTo("places-in-use");
        dementia.changeAvailablePlaces(3, FEB);
        assertThat(dementia.freePlaces()).isZero();
        refusedWith(() -> dementia.release(4, FEB)).isEqualTo("too-many-released");
        refusedWith(() -> dementia.leaveWaitingList(1, FEB)).isEqualTo("too-few-waiting");
        refusedWith(() -> dementia.joinWaitingList(0, FEB)).isEqualTo("invalid-count");
        refusedWith(() -> dementia.joinWaitingList(-2, FEB)).isEqualTo("invalid-count");
        refusedWith(() -> dementia.changeAvailablePlaces(-1, FEB)).isEqualTo("invalid-count");
        dementia.release(3, FEB);
        dementia.changeAvailablePlaces(0, FEB);
        assertThat(dementia.placesAvailable()).isZero();
    }

    @Test
    void keepsADatedHistoryInOrder() {
        dementia.joinWaitingList(2, JAN);
        dementia.leaveWaitingList(1, FEB);
        refusedWith(() -> dementia.joinWaitingList(1, JAN)).isEqualTo("change-out-of-order");
        assertThat(dementia.history()).extracting(CapacityChange::kind).containsExactly(ChangeKind.ESTABLISHED,
                ChangeKind.JOINED_WAITING_LIST, ChangeKind.LEFT_WAITING_LIST);
        assertThat(dementia.history().get(2)).isEqualTo(new CapacityChange(FEB, ChangeKind.LEFT_WAITING_LIST, 1, 6, 0, 1));
    }

    @Test
    void aChangeOnAnOlderVersionIsRefused() {
        dementia.requireVersion(0);
        assertThatThrownBy(() -> dementia.requireVersion(1))
                .isInstanceOf(no.ipt.domain.shared.StaleVersionException.class)
                .hasMessageContaining("Dagaktivitetstilbud demens");
    }
}
