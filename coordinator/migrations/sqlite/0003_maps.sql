-- Schema 3: offline city maps. One PMTiles file per region (only the newest version is kept),
-- its signed manifest, and the file itself in chunks of 1 MiB, so a range request reads only
-- the chunks it covers and every coordinator sharing the database serves it.

CREATE TABLE map_pack (
    region        TEXT NOT NULL,
    version       BIGINT NOT NULL,
    -- SHA-256 of the whole file, lowercase hex: also the download's ETag.
    sha256        TEXT NOT NULL,
    size          BIGINT NOT NULL,
    -- The manifest's JSON text exactly as signed, and its Ed25519 signature (base64).
    manifest      TEXT NOT NULL,
    signature     TEXT NOT NULL,
    published_at  BIGINT NOT NULL,
    PRIMARY KEY (region, version)
);

CREATE TABLE map_chunk (
    region   TEXT NOT NULL,
    version  BIGINT NOT NULL,
    -- The chunk's number: it holds bytes seq * 1 MiB up to the next chunk.
    seq      BIGINT NOT NULL,
    bytes    BLOB NOT NULL,
    PRIMARY KEY (region, version, seq)
);
