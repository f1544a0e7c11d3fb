-- What a farm has for IPT services: animals, crops, buildings in general words, and how many participants it can take.
ALTER TABLE farm
    ADD COLUMN animals   VARCHAR(1000),
    ADD COLUMN crops     VARCHAR(1000),
    ADD COLUMN buildings VARCHAR(1000),
    ADD COLUMN places    INTEGER CHECK (places BETWEEN 0 AND 1000);
