package no.ipt.domain.followup;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.agreement.AgreementNumber;

/** Stores and finds follow-ups. The JPA implementation lives in the infrastructure package. */
public interface FollowUpRepository {

    Optional<FollowUp> find(AgreementNumber agreementNumber);

    /** All follow-ups, by agreement number. */
    List<FollowUp> findAll();

    /**
     * Stores the follow-up and counts it as changed (a new version) even when only a meeting,
     * deviation or action inside it changed, so concurrent edits of the aggregate are caught.
     */
    void store(FollowUp followUp);
}
