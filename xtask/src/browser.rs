//! Debian's Chromium and ChromeDriver for the dashboard's browser test
//! (tests/tests/browser.rs), installed with apt when missing. Without them the browser
//! test says so and passes without running.

use std::path::Path;
use std::process::Command;

use crate::{apt_install, have, run};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const PACKAGES: [&str; 2] = ["chromium", "chromium-driver"];

/// Installs chromium and chromium-driver with apt-get when /usr/bin/chromedriver is missing:
/// directly as root, through `sudo` otherwise (when sudo works without a password prompt).
/// Never fails: a machine that cannot install them skips the browser test.
pub fn ensure_chromium() {
    if Path::new(CHROMEDRIVER).exists() {
        return;
    }
    if !have("apt-get", "--version") {
        println!("chromium and chromium-driver are missing and there is no apt-get: the browser test will be skipped");
        return;
    }
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let installed = if root_user {
        apt_install(&PACKAGES)
    } else if Command::new("sudo")
        .args(["-n", "true"])
        .status()
        .is_ok_and(|s| s.success())
    {
        println!("installing {PACKAGES:?} with sudo apt-get");
        run(Command::new("sudo").args(["-n", "apt-get", "update", "-qq"])).and_then(|()| {
            run(Command::new("sudo")
                .args(["-n", "env", "DEBIAN_FRONTEND=noninteractive"])
                .args(["apt-get", "install", "-y", "-qq"])
                .args(PACKAGES))
        })
    } else {
        Err("not root, and sudo asks for a password".into())
    };
    match installed {
        Ok(()) if Path::new(CHROMEDRIVER).exists() => {}
        Ok(()) => println!("apt-get installed {PACKAGES:?} but {CHROMEDRIVER} is still missing: the browser test will be skipped"),
        Err(e) => println!(
            "could not install chromium ({e}): the browser test will be skipped (sudo apt-get install chromium chromium-driver)"
        ),
    }
}
