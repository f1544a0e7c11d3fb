-- A project plan belongs either to a case (a municipality's plan: its tenant is the case's
-- municipality) or to a pilot (its tenants are the pilot's county lead and municipalities).
ALTER TABLE project_plan
    ADD COLUMN case_number         VARCHAR(32) REFERENCES procurement_case (case_number),
    ADD COLUMN municipality_number VARCHAR(4) CHECK (municipality_number ~ '^[0-9]{4}$'),
    ADD CONSTRAINT project_plan_case_has_municipality CHECK ((case_number IS NULL) = (municipality_number IS NULL)),
    ADD CONSTRAINT project_plan_case_or_pilot CHECK (case_number IS NULL OR pilot_id IS NULL);

CREATE INDEX project_plan_municipality ON project_plan (municipality_number);
CREATE INDEX project_plan_pilot ON project_plan (pilot_id);
