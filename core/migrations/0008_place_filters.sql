-- Schema 8: the map index carries the filterable fields (categories, audiences, free) as
-- auxiliary columns, so near-me and viewport queries with a filter test them on the index entry
-- and read only the service rows that pass. Rebuilt from the services themselves.

DROP TABLE service_place;
CREATE VIRTUAL TABLE service_place USING rtree (
    n, min_lat, max_lat, min_lon, max_lon,
    +category_bits, +audience_bits, +free
);
INSERT INTO service_place (n, min_lat, max_lat, min_lon, max_lon, category_bits, audience_bits, free)
    SELECT n, lat, lat, lon, lon, category_bits, audience_bits, free FROM service;
