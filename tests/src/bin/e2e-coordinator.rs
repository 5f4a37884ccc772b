//! `ponte-coordinator` as a binary of this package, for the tests to start (see Cargo.toml).

fn main() -> std::process::ExitCode {
    ponte_coordinator::main()
}
