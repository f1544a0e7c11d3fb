package no.ipt.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void theStagesFollowTheLifecycle() {
        assertThat(Stage.NEEDS_ASSESSMENT.next()).contains(Stage.SUPPLIER_MOBILISATION);
        assertThat(Stage.SUPPLIER_MOBILISATION.next()).contains(Stage.FARM_APPROVAL);
        assertThat(Stage.FARM_APPROVAL.next()).contains(Stage.TENDER);
        assertThat(Stage.TENDER.next()).contains(Stage.FRAMEWORK_AGREEMENT);
        assertThat(Stage.FRAMEWORK_AGREEMENT.next()).contains(Stage.FOLLOW_UP);
        assertThat(Stage.FOLLOW_UP.next()).isEmpty();
    }
}
