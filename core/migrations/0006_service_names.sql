-- Schema 6: each service's names in every language, on the service row itself. The map and the
-- lists show hundreds of names at once; reading them with the row saves one lookup per name.

ALTER TABLE service ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
UPDATE service SET names = coalesce(
    (SELECT json_group_object(language, name) FROM service_text WHERE service_n = service.n), '{}');
