//! The CSV importer (coordinator's dashboard, `xtask content`), on any bytes: an import is
//! refused with row errors or read whole, and every record it gives is valid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_wire::import;

fuzz_target!(|data: &[u8]| {
    if let Ok(records) = import::from_csv(data, &ponte_fuzz::import_options()) {
        for record in &records {
            record.validate().expect("an imported record is valid");
        }
    }
});
