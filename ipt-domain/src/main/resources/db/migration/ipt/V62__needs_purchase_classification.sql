-- What the procedure choice needs from the assessment besides the value: whether the service is a
-- health and social service (chosen by the officer from its CPV code) and whether the buyer is the state.
ALTER TABLE needs_assessment
    ADD COLUMN service_category VARCHAR(20) CHECK (service_category IN ('HEALTH_AND_SOCIAL', 'OTHER')),
    ADD COLUMN buyer_type       VARCHAR(20) CHECK (buyer_type IN ('MUNICIPALITY', 'STATE'));
