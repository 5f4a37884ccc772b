-- Schema 19: a guide's one image (issue 16), as the coordinator sent it (JPEG, PNG or WebP,
-- at most 100 KiB; its format and size are read from the bytes), NULL when it has none; and
-- per language the image described in words, for screen readers ('' when not given).
ALTER TABLE guide ADD COLUMN image BLOB;
ALTER TABLE guide_text ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';
