//! The sync API under load, from a generator on 127.0.0.1 against a release coordinator
//! process: (a) no-op syncs (the phone's cursors are current), (b) a content page of 500
//! changes, (c) 1,000 paired devices syncing at the same moment. On a fresh SQLite file, and
//! on a fresh PostgreSQL database when one answers on 127.0.0.1:5432.
//!
//! `cargo bench -p ponte-coordinator --bench load`
//!
//! Settings (environment): `PONTE_LOAD_SECONDS` (length of the no-op run, default 10),
//! `PONTE_LOAD_CONNECTIONS` (requests in flight during the no-op run, default 64),
//! `PONTE_LOAD_RUNS` (no-op runs in a row on the same server, default 3: the goal is met only
//! when every run meets it), `PONTE_LOAD_SQLITE` (`off` skips SQLite),
//! `PONTE_LOAD_DEVICES` (paired devices, default 1000), `PONTE_LOAD_POSTGRES` (the server's
//! URL without a database name, default `postgres://postgres@127.0.0.1:5432`; `off` skips it),
//! `PONTE_LOAD_SERVER` (another coordinator binary to measure, to compare two builds).
//!
//! Goals from the issue: a no-op sync at ≥ 5,000 requests/s with p99 ≤ 20 ms; a content page
//! of 500 changes in ≤ 20 ms; 1,000 concurrent devices without errors. The generator shares
//! the machine's cores with the server, so the figures are a floor.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const TUTOR_PASSWORD: &str = "tutor password 123";
const PER_BENEFICIARY: usize = 10;
/// Synthetic services added to the 13 Bologna demo ones, so one page can hold 500 changes.
const SYNTHETIC_SERVICES: usize = 600;

/// What the environment asks of this run (see the top of the file).
struct Settings {
    seconds: u64,
    connections: usize,
    devices: usize,
    runs: usize,
}

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn server_binary() -> PathBuf {
    std::env::var_os("PONTE_LOAD_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_ponte-coordinator").into())
}

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// A release coordinator process on a database of its own.
struct Server {
    url: String,
    port: u16,
    child: Option<Child>,
    /// Holds the SQLite file and the generated CSV.
    dir: tempfile::TempDir,
}

impl Server {
    fn new(url: Option<String>) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let url = url.unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("coordinator.sqlite").display()
            )
        });
        Server {
            url,
            port: free_port(),
            child: None,
            dir,
        }
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) {
        let mut child = Command::new(server_binary())
            .args(args)
            .env("PONTE_DATABASE_URL", &self.url)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            use std::io::Write;
            input.write_all(text.as_bytes()).unwrap();
        }
        drop(input);
        assert!(
            child.wait().unwrap().success(),
            "ponte-coordinator {args:?}"
        );
    }

    /// An organisation in Bologna, a tutor, the demo services and the synthetic ones.
    fn prepare(&self) {
        self.run(
            &[
                "organisation",
                "--id",
                "org",
                "--name",
                "Org",
                "--region",
                "bologna",
            ],
            None,
        );
        self.run(
            &[
                "user",
                "add",
                "--organisation",
                "org",
                "--username",
                "tutor",
                "--role",
                "tutor",
            ],
            Some(&format!("{TUTOR_PASSWORD}\n")),
        );
        let demo = content_dir().join("territory/bologna.csv");
        let synthetic = self.dir.path().join("synthetic.csv");
        std::fs::write(&synthetic, synthetic_csv(&demo, SYNTHETIC_SERVICES)).unwrap();
        for csv in [&demo, &synthetic] {
            self.run(
                &[
                    "import",
                    "--format",
                    "csv",
                    "--region",
                    "bologna",
                    "--city",
                    "Bologna",
                    csv.to_str().unwrap(),
                ],
                None,
            );
        }
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    async fn start(&mut self) {
        let child = Command::new(server_binary())
            .args([
                "serve",
                "--listen",
                &format!("127.0.0.1:{}", self.port),
                "--database-url",
                &self.url,
            ])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        self.child = Some(child);
        for _ in 0..200 {
            if reqwest::get(format!("{}/healthz", self.base()))
                .await
                .is_ok()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the coordinator did not start");
    }

    /// CPU time (user + system) the server process has used so far.
    fn cpu(&self) -> Duration {
        match &self.child {
            Some(child) => process_cpu(&child.id().to_string()),
            None => Duration::ZERO,
        }
    }
}

/// CPU time (user + system) a process (a pid, or `self`) has used so far, from /proc.
fn process_cpu(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses: utime is the 14th field.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields
        .get(11..13)
        .map(|f| f.iter().filter_map(|v| v.parse::<u64>().ok()).sum())
        .unwrap_or(0);
    // Linux reports CPU time in clock ticks of 1/100 s.
    Duration::from_millis(ticks * 10)
}

/// CPU time used so far by every PostgreSQL process of this machine (zero without one): with
/// the server's and the generator's, it gives the cost of a request whatever else the
/// machine is doing.
fn postgres_cpu() -> Duration {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Duration::ZERO;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|pid| pid.bytes().all(|b| b.is_ascii_digit()))
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|comm| comm.trim() == "postgres")
        })
        .map(|pid| process_cpu(&pid))
        .sum()
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `count` services in Bologna in the demo file's columns, with texts in four languages of
/// about the demo's length.
fn synthetic_csv(demo: &Path, count: usize) -> String {
    let demo = std::fs::read_to_string(demo).unwrap();
    let header = demo.lines().next().unwrap();
    let categories = [
        "work",
        "job_orientation",
        "italian_courses",
        "legal_aid",
        "health",
        "housing",
        "food",
        "education",
        "digital_help",
    ];
    let mut csv = format!("{header}\n");
    for n in 0..count {
        let category = categories[n % categories.len()];
        let lat = 44.48 + (n % 50) as f64 * 0.001;
        let lon = 11.31 + (n / 50) as f64 * 0.002;
        // id,organisation,categories,address,city,region,lat,lon,opening_hours,phone,email,web,
        // languages_spoken,audiences,free,wheelchair,last_verified,source,source_language,
        // name_it,description_it,eligibility_it,how_to_it,name_en,description_en,name_ar,
        // name_fr,provenance_en,provenance_ar,provenance_fr
        writeln!(
            csv,
            "bench-{n:04},Associazione di prova {n},{category},Via di prova {n},Bologna,bologna,{lat:.4},{lon:.4},,,,,it;en,everyone,,,,synthetic load data,it,\
             Sportello di prova numero {n},\"Servizio di prova per il test di carico: accoglienza, orientamento e informazioni su {category}. Aperto a tutti, con appuntamento o senza, nei giorni feriali.\",\
             \"Tutte le persone che vivono a Bologna e hanno bisogno di {category}.\",\"Telefonare prima di andare, portare un documento se c'è.\",\
             Test desk number {n},\"A test service for the load benchmark: welcome, guidance and information about {category}. Open to everyone, with or without an appointment, on weekdays.\",\
             مكتب تجريبي رقم {n},Guichet d'essai numéro {n},machine,machine,machine"
        )
        .unwrap();
    }
    csv
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in the page"))
        + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

/// The tutor's browser, as in tests/support: signed in, with the form token.
struct Tutor {
    http: reqwest::Client,
    base: String,
    cookie: String,
    csrf: String,
}

impl Tutor {
    async fn sign_in(base: &str) -> Tutor {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let form = http
            .get(format!("{base}/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let nonce = hidden(&form, "login");
        let answer = http
            .post(format!("{base}/login"))
            .header("cookie", format!("ponte_login={nonce}"))
            .form(&[
                ("login", nonce.as_str()),
                ("username", "tutor"),
                ("password", TUTOR_PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        let cookie = answer
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("ponte_session="))
            .expect("signed in")
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        let home = http
            .get(format!("{base}/beneficiaries"))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = hidden(&home, "csrf");
        Tutor {
            http,
            base: base.to_owned(),
            cookie,
            csrf,
        }
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &self.csrf));
        self.http
            .post(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .form(&all)
            .send()
            .await
            .unwrap()
    }

    async fn add_beneficiary(&self, nickname: &str) -> String {
        let answer = self
            .post(
                "/beneficiaries",
                &[("nickname", nickname), ("languages", "ar, it")],
            )
            .await;
        assert_eq!(answer.status(), 303);
        answer.headers()["location"]
            .to_str()
            .unwrap()
            .trim_start_matches("/beneficiaries/")
            .to_owned()
    }

    async fn pairing_code(&self, beneficiary: &str) -> String {
        let page = self
            .post(&format!("/beneficiaries/{beneficiary}/code"), &[])
            .await
            .text()
            .await
            .unwrap();
        let marker = "id=\"pairing-code\">";
        let start = page.find(marker).expect("a code on the page") + marker.len();
        page[start..start + 9].to_owned()
    }
}

/// A paired phone: its token and its items cursor.
struct Device {
    token: String,
    items_cursor: u64,
}

/// `count` devices paired through the dashboard, `PER_BENEFICIARY` per beneficiary; a few
/// beneficiaries at a time.
async fn pair_devices(base: &str, count: usize) -> Vec<Device> {
    let tutor = Arc::new(Tutor::sign_in(base).await);
    let http = reqwest::Client::new();
    let beneficiaries = count.div_ceil(PER_BENEFICIARY);
    let mut tasks = Vec::new();
    for worker in 0..4 {
        let (tutor, http, base) = (tutor.clone(), http.clone(), base.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut tokens = Vec::new();
            for b in (worker..beneficiaries).step_by(4) {
                let beneficiary = tutor.add_beneficiary(&format!("Person {b}")).await;
                for d in 0..PER_BENEFICIARY.min(count - b * PER_BENEFICIARY) {
                    let code = tutor.pairing_code(&beneficiary).await;
                    let paired: Value = json_of(
                        http.post(format!("{base}/api/v1/pair"))
                            .json(&json!({"code": code, "device_name": format!("phone {b}-{d}")})),
                    )
                    .await;
                    tokens.push(paired["device_token"].as_str().unwrap().to_owned());
                }
            }
            tokens
        }));
    }
    let mut devices = Vec::with_capacity(count);
    for task in tasks {
        for token in task.await.unwrap() {
            // The first sync of the shared items: the cursor the phone keeps.
            let page: Value = json_of(
                http.get(format!("{base}/api/v1/items?since=0"))
                    .bearer_auth(&token),
            )
            .await;
            devices.push(Device {
                token,
                items_cursor: page["cursor"].as_u64().unwrap(),
            });
        }
    }
    devices
}

/// The content cursor a phone has once it has downloaded everything.
async fn content_cursor(http: &reqwest::Client, base: &str) -> (u64, usize) {
    let (mut cursor, mut changes) = (0, 0);
    loop {
        let page: Value = json_of(http.get(format!(
            "{base}/api/v1/content/changes?region=bologna&since={cursor}&limit=1000"
        )))
        .await;
        cursor = page["cursor"].as_u64().unwrap();
        changes += page["changes"].as_array().unwrap().len();
        if !page["more"].as_bool().unwrap() {
            return (cursor, changes);
        }
    }
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 * q) as usize).min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// One line of the final table.
struct Row {
    backend: &'static str,
    what: String,
    figure: String,
    goal: &'static str,
    met: Option<bool>,
}

/// The JSON answer to a request that must succeed (set-up, not measured).
async fn json_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// Whether a measured request succeeded, its answer read to the end.
async fn succeeds(request: reqwest::RequestBuilder) -> bool {
    match request.send().await {
        Ok(answer) if answer.status().is_success() => answer.bytes().await.is_ok(),
        _ => false,
    }
}

/// The body of a phone's no-op sync (`POST /api/v1/sync`): nothing to push, both cursors
/// current, the lesson pack it has.
fn no_op_body(device: &Device, content_cursor: u64, pack_version: u64) -> Value {
    json!({
        "items_since": device.items_cursor,
        "content": {"region": "bologna", "since": content_cursor},
        "pack_version": pack_version,
    })
}

/// (a) No-op syncs as the phone makes them, one `POST /api/v1/sync` each, `connections`
/// phones at once.
async fn no_op(
    server: &Server,
    devices: &Arc<Vec<Device>>,
    content_cursor: u64,
    settings: &Settings,
    run: usize,
    backend: &'static str,
    rows: &mut Vec<Row>,
) {
    let (seconds, connections) = (settings.seconds, settings.connections);
    let base = server.base();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(connections)
        .build()
        .unwrap();
    // The pack version a phone has once it fetched the pack the server offers.
    let offered: Value = json_of(
        http.post(format!("{base}/api/v1/sync"))
            .bearer_auth(&devices[0].token)
            .json(&no_op_body(&devices[0], content_cursor, 0)),
    )
    .await;
    let pack_version = offered["pack_version"].as_u64().unwrap_or(0);
    // Warm the connections and the server's caches.
    for device in devices.iter().take(connections) {
        let answer: Value = json_of(
            http.post(format!("{base}/api/v1/sync"))
                .bearer_auth(&device.token)
                .json(&no_op_body(device, content_cursor, pack_version)),
        )
        .await;
        // A no-op sync indeed: nothing comes down.
        assert_eq!(
            answer["items"]["records"].as_array().map(Vec::len),
            Some(0),
            "{answer}"
        );
        assert_eq!(
            answer["content"]["changes"].as_array().map(Vec::len),
            Some(0),
            "{answer}"
        );
        assert!(answer.get("pack_version").is_none(), "{answer}");
    }
    // What each phone sends, written once: the generator's CPU is the server's to use.
    let url = format!("{base}/api/v1/sync");
    let requests: Arc<Vec<(String, String)>> = Arc::new(
        devices
            .iter()
            .map(|device| {
                let body = no_op_body(device, content_cursor, pack_version).to_string();
                (format!("Bearer {}", device.token), body)
            })
            .collect(),
    );
    let errors = Arc::new(AtomicU64::new(0));
    let cpu_before = server.cpu();
    let postgres_before = postgres_cpu();
    let generator_before = process_cpu("self");
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for c in 0..connections {
        let (http, url, requests, errors) =
            (http.clone(), url.clone(), requests.clone(), errors.clone());
        tasks.push(tokio::spawn(async move {
            let mut syncs = Vec::new();
            let mut i = c;
            while Instant::now() < deadline {
                let (authorization, body) = &requests[i % requests.len()];
                i += connections;
                let start = Instant::now();
                if !succeeds(
                    http.post(&url)
                        .header(reqwest::header::AUTHORIZATION, authorization)
                        .header(reqwest::header::CONTENT_TYPE, "application/json")
                        .body(body.clone()),
                )
                .await
                {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
                syncs.push(start.elapsed());
            }
            syncs
        }));
    }
    let mut syncs = Vec::new();
    for task in tasks {
        syncs.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed();
    let cpu = server.cpu() - cpu_before;
    let postgres = postgres_cpu().saturating_sub(postgres_before);
    let generator = process_cpu("self") - generator_before;
    syncs.sort();
    let per_second = syncs.len() as f64 / elapsed.as_secs_f64();
    let p99 = percentile(&syncs, 0.99);
    let errors = errors.load(Ordering::Relaxed);
    rows.push(Row {
        backend,
        what: format!(
            "(a) no-op sync (POST /api/v1/sync), {connections} in flight, {seconds} s, run {run}"
        ),
        figure: format!(
            "{per_second:.0} syncs/s, p50 {}, p99 {}, {errors} errors",
            ms(percentile(&syncs, 0.5)),
            ms(p99)
        ),
        goal: ">= 5,000 req/s, p99 <= 20 ms",
        met: Some(per_second >= 5_000.0 && p99 <= Duration::from_millis(20) && errors == 0),
    });
    rows.push(Row {
        backend,
        what: format!("(a) server CPU during run {run} (2 cores)"),
        figure: format!(
            "{:.0}% of one core ({:.1} s of {:.1} s)",
            cpu.as_secs_f64() / elapsed.as_secs_f64() * 100.0,
            cpu.as_secs_f64(),
            elapsed.as_secs_f64()
        ),
        goal: "",
        met: None,
    });
    // CPU per sync does not depend on what else runs on the machine, unlike the rate.
    let per_sync = |d: Duration| d.as_secs_f64() * 1e6 / syncs.len().max(1) as f64;
    rows.push(Row {
        backend,
        what: format!("(a) CPU per sync, run {run}"),
        figure: format!(
            "server {:.0} µs, database {:.0} µs, generator {:.0} µs",
            per_sync(cpu),
            per_sync(postgres),
            per_sync(generator)
        ),
        goal: "",
        met: None,
    });
}

/// (b) The first content page of 500 changes, with and without gzip.
async fn page_of_500(server: &Server, backend: &'static str, rows: &mut Vec<Row>) {
    let base = server.base();
    // No automatic accept-encoding nor decompression in this client (the workspace turns on
    // reqwest's gzip for ponte-core): what is read is what travelled.
    let http = reqwest::Client::builder().no_gzip().build().unwrap();
    let url = format!("{base}/api/v1/content/changes?region=bologna&since=0&limit=500");
    let (mut identity_size, mut gzip_size) = (0, 0);
    for gzip in [false, true] {
        let mut times = Vec::new();
        let mut size = 0;
        let mut changes = 0;
        for _ in 0..200 {
            let mut request = http.get(&url);
            if gzip {
                request = request.header("accept-encoding", "gzip");
            }
            let start = Instant::now();
            let answer = request.send().await.unwrap();
            assert!(answer.status().is_success());
            let encoded = answer.headers().get("content-encoding").cloned();
            let bytes = answer.bytes().await.unwrap();
            times.push(start.elapsed());
            size = bytes.len();
            assert_eq!(encoded.is_some(), gzip, "gzip only when asked for");
            if !gzip {
                let page: Value = serde_json::from_slice(&bytes).unwrap();
                changes = page["changes"].as_array().unwrap().len();
            }
        }
        if gzip {
            gzip_size = size;
        } else {
            identity_size = size;
            assert_eq!(changes, 500, "a full page");
        }
        times.sort();
        let p99 = percentile(&times, 0.99);
        rows.push(Row {
            backend,
            what: format!(
                "(b) page of 500 changes, {}, 200 requests",
                if gzip { "gzip" } else { "identity" }
            ),
            figure: format!(
                "p50 {}, p99 {}, {} bytes on the wire",
                ms(percentile(&times, 0.5)),
                ms(p99),
                size
            ),
            goal: "<= 20 ms",
            met: Some(p99 <= Duration::from_millis(20)),
        });
    }
    // The synthetic texts repeat themselves and compress far better than real ones: the 13
    // demo services (imported first) show what real texts do.
    let demo = format!("{base}/api/v1/content/changes?region=bologna&since=0&limit=13");
    let identity = http.get(&demo).send().await.unwrap().bytes().await.unwrap();
    let gzipped = http
        .get(&demo)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    rows.push(Row {
        backend,
        what: "(b) for comparison: the 13 real demo services".into(),
        figure: format!(
            "{} bytes identity, {} gzip ({:.1}x; the 500 synthetic: {:.1}x)",
            identity.len(),
            gzipped.len(),
            identity.len() as f64 / gzipped.len() as f64,
            identity_size as f64 / gzip_size as f64
        ),
        goal: "",
        met: None,
    });
}

/// (c) Every device at once: a push of one consent, then its items and content, no-op.
async fn all_at_once(
    server: &Server,
    devices: &Arc<Vec<Device>>,
    content_cursor: u64,
    backend: &'static str,
    rows: &mut Vec<Row>,
) {
    let base = server.base();
    // A client of its own: one new connection per device, as from 1,000 phones.
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(devices.len())
        .build()
        .unwrap();
    let errors = Arc::new(AtomicU64::new(0));
    let first_error = Arc::new(std::sync::Mutex::new(None::<String>));
    let gate = Arc::new(tokio::sync::Barrier::new(devices.len()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for n in 0..devices.len() {
        let (http, base, devices, errors, first_error, gate) = (
            http.clone(),
            base.clone(),
            devices.clone(),
            errors.clone(),
            first_error.clone(),
            gate.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let device = &devices[n];
            gate.wait().await;
            let start = Instant::now();
            let fail = |why: String| {
                errors.fetch_add(1, Ordering::Relaxed);
                first_error.lock().unwrap().get_or_insert(why);
            };
            // The phone's sync: its outbox pushed and both cursors polled in one request.
            let synced = http
                .post(format!("{base}/api/v1/sync"))
                .bearer_auth(&device.token)
                .json(&json!({
                    "operations": [{"id": format!("load-{backend}-{n}"),
                        "change": {"type": "consent", "category": "diary", "granted": true}}],
                    "items_since": device.items_cursor,
                    "content": {"region": "bologna", "since": content_cursor},
                }))
                .send()
                .await;
            match synced {
                Ok(answer) if answer.status().is_success() => {
                    let body: Value = answer.json().await.unwrap_or_default();
                    if body["results"][0]["status"] != "applied" {
                        fail(format!("sync: {body}"));
                    }
                }
                Ok(answer) => fail(format!(
                    "sync: {} {}",
                    answer.status(),
                    answer.text().await.unwrap_or_default()
                )),
                Err(e) => fail(format!("sync: {e}")),
            }
            start.elapsed()
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.push(task.await.unwrap());
    }
    let wall = started.elapsed();
    times.sort();
    let errors = errors.load(Ordering::Relaxed);
    rows.push(Row {
        backend,
        what: format!(
            "(c) {} devices at once, each a sync pushing one operation",
            devices.len()
        ),
        figure: format!(
            "{errors} errors, wall {}, per device p50 {}, p99 {}",
            ms(wall),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        ),
        goal: "0 errors",
        met: Some(errors == 0),
    });
    let first = first_error.lock().unwrap().take();
    if let Some(why) = first {
        eprintln!("first error in (c): {why}");
    }
}

/// Everything against one database.
async fn measure(
    backend: &'static str,
    url: Option<String>,
    settings: &Settings,
    rows: &mut Vec<Row>,
) {
    let device_count = settings.devices;
    let mut server = Server::new(url.clone());
    let started = Instant::now();
    server.prepare();
    server.start().await;
    let base = server.base();
    let devices = Arc::new(pair_devices(&base, device_count).await);
    let (cursor, changes) = content_cursor(&reqwest::Client::new(), &base).await;
    if let Some(url) = &url {
        // The set-up has just written thousands of rows: PostgreSQL's autovacuum would analyse
        // them a minute later, in the middle of a run, on the same two cores. Settle the
        // database first, so the runs measure syncs and not the set-up's aftermath.
        let pool = sqlx::AnyPool::connect(url).await.unwrap();
        sqlx::raw_sql("VACUUM (ANALYZE)")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    assert!(
        changes >= 500,
        "{changes} content changes: too few for a page of 500"
    );
    println!(
        "{backend}: {changes} content changes, {} devices paired, ready in {:.1} s",
        devices.len(),
        started.elapsed().as_secs_f64()
    );
    for run in 1..=settings.runs {
        no_op(&server, &devices, cursor, settings, run, backend, rows).await;
    }
    page_of_500(&server, backend, rows).await;
    all_at_once(&server, &devices, cursor, backend, rows).await;
}

/// A fresh PostgreSQL database on the local server, dropped at the end; `None` when no
/// server answers.
struct Postgres {
    server: String,
    name: String,
}

impl Postgres {
    async fn create() -> Option<Postgres> {
        let server = std::env::var("PONTE_LOAD_POSTGRES")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
        if server == "off" {
            return None;
        }
        // When the whole workspace builds together, SQLite is SQLCipher (features unify with the
        // phone's core) and needs its crypto provider linked in; this file opens sqlx itself.
        ponte_cipher::ensure_linked();
        sqlx::any::install_default_drivers();
        let admin = match sqlx::AnyPool::connect(&format!("{server}/postgres")).await {
            Ok(pool) => pool,
            Err(e) => {
                println!("PostgreSQL at {server} does not answer ({e}): skipped");
                return None;
            }
        };
        let name = format!("ponte_bench_{}", std::process::id());
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&admin)
            .await
            .map_err(|e| println!("cannot create {name} ({e}): PostgreSQL skipped"))
            .ok()?;
        admin.close().await;
        Some(Postgres { server, name })
    }

    fn url(&self) -> String {
        format!("{}/{}", self.server, self.name)
    }

    async fn drop_database(self) {
        let admin = sqlx::AnyPool::connect(&format!("{}/postgres", self.server))
            .await
            .unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )))
        .execute(&admin)
        .await
        .unwrap();
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument that names nothing here is ignored.
    let settings = Settings {
        seconds: setting("PONTE_LOAD_SECONDS", 10) as u64,
        connections: setting("PONTE_LOAD_CONNECTIONS", 64),
        devices: setting("PONTE_LOAD_DEVICES", 1_000),
        runs: setting("PONTE_LOAD_RUNS", 3).max(1),
    };
    let sqlite = std::env::var("PONTE_LOAD_SQLITE").map_or(true, |v| v != "off");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let rows = runtime.block_on(async {
        let mut rows = Vec::new();
        if sqlite {
            measure("sqlite", None, &settings, &mut rows).await;
        }
        if let Some(postgres) = Postgres::create().await {
            measure("postgres", Some(postgres.url()), &settings, &mut rows).await;
            postgres.drop_database().await;
        }
        rows
    });

    let width = rows.iter().map(|r| r.what.len()).max().unwrap_or(0);
    let figure_width = rows.iter().map(|r| r.figure.len()).max().unwrap_or(0);
    println!();
    println!(
        "{:<8} | {:<width$} | {:<figure_width$} | goal",
        "database", "measure", "figure"
    );
    println!("{}", "-".repeat(8 + width + figure_width + 40));
    for row in &rows {
        let verdict = match row.met {
            Some(true) => "  met",
            Some(false) => "  MISSED",
            None => "",
        };
        println!(
            "{:<8} | {:<width$} | {:<figure_width$} | {}{}",
            row.backend, row.what, row.figure, row.goal, verdict
        );
    }
}
