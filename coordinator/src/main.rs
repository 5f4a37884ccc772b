//! The `ponte-coordinator` binary: the command line lives in the library (`lib.rs`).

fn main() -> std::process::ExitCode {
    ponte_coordinator::main()
}
