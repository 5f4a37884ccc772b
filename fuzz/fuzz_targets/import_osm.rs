//! The OpenStreetMap (Overpass JSON) importer on any bytes: refused with a reason, or records
//! that are all valid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_wire::import;

fuzz_target!(|data: &[u8]| {
    if let Ok(records) = import::from_osm_json(data, &ponte_fuzz::import_options()) {
        for record in &records {
            record.validate().expect("an imported record is valid");
        }
    }
});
