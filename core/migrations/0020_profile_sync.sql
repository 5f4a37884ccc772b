-- Schema 20: the skills profile travels to the tutor and back to a new phone, when the
-- person chose to share it. Each part is a record of its own (kind 'profile'): the personal
-- details under the id 'details' (one per person, whatever the row's local id), each language,
-- experience, education, skill and certificate under its row's id, so two phones' edits of
-- different parts never overwrite each other.

CREATE TRIGGER sync_profile_inserted AFTER INSERT ON profile
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', 'details', new.updated_at, 0);
END;
CREATE TRIGGER sync_profile_updated AFTER UPDATE ON profile
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', 'details', new.updated_at, 0);
END;
CREATE TRIGGER sync_profile_deleted AFTER DELETE ON profile
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', 'details', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_profile_language_inserted AFTER INSERT ON profile_language
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_profile_language_updated AFTER UPDATE ON profile_language
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_profile_language_deleted AFTER DELETE ON profile_language
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_work_experience_inserted AFTER INSERT ON work_experience
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_work_experience_updated AFTER UPDATE ON work_experience
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_work_experience_deleted AFTER DELETE ON work_experience
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_education_inserted AFTER INSERT ON education
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_education_updated AFTER UPDATE ON education
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_education_deleted AFTER DELETE ON education
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_skill_inserted AFTER INSERT ON skill
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_skill_updated AFTER UPDATE ON skill
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_skill_deleted AFTER DELETE ON skill
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_certificate_inserted AFTER INSERT ON certificate
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_certificate_updated AFTER UPDATE ON certificate
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_certificate_deleted AFTER DELETE ON certificate
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'profile' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('profile', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;
