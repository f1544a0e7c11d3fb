-- Municipalities as reference data (SSB classification 131), keyed by their number.
CREATE TABLE municipality (
    municipality_number VARCHAR(4)   PRIMARY KEY CHECK (municipality_number ~ '^[0-9]{4}$'),
    name                VARCHAR(100) NOT NULL,
    county_name         VARCHAR(100) NOT NULL,
    number_valid_from   DATE         NOT NULL
);
