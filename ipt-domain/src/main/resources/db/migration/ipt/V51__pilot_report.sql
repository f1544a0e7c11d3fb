-- A pilot's reports to Landbruksdirektoratet: status reports on due dates and one final report.
-- One report per due date (the domain keeps to one final report); the constraint is deferred
-- because the ordered collection may shift positions within one flush.
CREATE TABLE pilot_report (
    pilot_id     BIGINT        NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    kind         VARCHAR(10)   NOT NULL CHECK (kind IN ('STATUS', 'FINAL')),
    due_date     DATE          NOT NULL,
    submitted_on DATE,
    summary      VARCHAR(4000),
    submitted_by VARCHAR(100),
    PRIMARY KEY (pilot_id, position),
    UNIQUE (pilot_id, due_date) DEFERRABLE INITIALLY DEFERRED,
    -- sent reports have all three; unsent ones none
    CHECK ((submitted_on IS NULL) = (summary IS NULL) AND (summary IS NULL) = (submitted_by IS NULL))
);

