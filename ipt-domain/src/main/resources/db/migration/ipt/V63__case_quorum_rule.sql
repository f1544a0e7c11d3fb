-- The quorum rule a case's steering group decides by (QuorumRule.code()); the default is a majority of all members.
ALTER TABLE procurement_case
    ADD COLUMN quorum_rule VARCHAR(60) NOT NULL DEFAULT 'MAJORITY_OF_MEMBERS';
