//! `cargo xtask map-assets`: refreshes the dashboard's map library, vendored in
//! `coordinator/assets/map/`, from npm at the versions pinned here. The files are committed so
//! the coordinator builds on a machine without internet (`include_bytes!`); this command is only
//! for moving to another version.

use std::path::Path;
use std::process::Command;

use crate::{have, run, Result};

/// The packages and the files taken from each (`from` inside the package, `to` in the folder).
/// maplibre-gl stays on 5.x: 6.x ships only ES modules with a separate worker file, 5.x the
/// single `dist/maplibre-gl.js` (worker included) a plain `<script>` loads.
const PACKAGES: &[(&str, &str, &[(&str, &str)])] = &[
    (
        "maplibre-gl",
        "5.24.1",
        &[
            ("dist/maplibre-gl.js", "maplibre-gl.js"),
            ("dist/maplibre-gl.css", "maplibre-gl.css"),
            ("LICENSE.txt", "LICENSE-maplibre-gl.txt"),
        ],
    ),
    // Its package has no licence file: package.json says BSD-3-Clause, written below.
    ("pmtiles", "4.5.0", &[("dist/pmtiles.js", "pmtiles.js")]),
];

/// pmtiles' package carries no licence file; its package.json says BSD-3-Clause, and the
/// project's repository (github.com/protomaps/PMTiles) names the holder. The standard text:
const PMTILES_LICENCE: &str = "pmtiles (npm) - https://github.com/protomaps/PMTiles - BSD-3-Clause

Copyright 2021 Protomaps LLC

Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
";

pub fn run_map_assets(root: &Path) -> Result {
    if !have("npm", "--version") {
        return Err("npm is needed to fetch the map library: install Node.js and npm".into());
    }
    let out = root.join("coordinator/assets/map");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let work = tempfile_dir()?;
    let mut versions = String::new();
    for (name, version, files) in PACKAGES {
        println!("fetching {name}@{version} from npm");
        run(Command::new("npm")
            .args(["pack", "--silent", "--pack-destination"])
            .arg(&work)
            .arg(format!("{name}@{version}"))
            .current_dir(&work))?;
        let unpacked = work.join(name);
        std::fs::create_dir_all(&unpacked).map_err(|e| e.to_string())?;
        run(Command::new("tar")
            .arg("xzf")
            .arg(work.join(format!("{name}-{version}.tgz")))
            .arg("-C")
            .arg(&unpacked))?;
        for (from, to) in *files {
            let source = unpacked.join("package").join(from);
            std::fs::copy(&source, out.join(to))
                .map_err(|e| format!("{}: {e}", source.display()))?;
        }
        versions.push_str(&format!("{name} {version}\n"));
    }
    std::fs::write(out.join("LICENSE-pmtiles.txt"), PMTILES_LICENCE).map_err(|e| e.to_string())?;
    std::fs::write(out.join("VERSIONS"), versions).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&work);
    println!("map library written to {}", out.display());
    Ok(())
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("ponte-map-assets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}
