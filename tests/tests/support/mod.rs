//! The end-to-end harness: a real coordinator process on 127.0.0.1, a tutor driving its
//! dashboard over HTTP, phones with their own encrypted databases, and a proxy between them
//! that breaks connections on purpose.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ponte_core::diary::{ApplicationDetails, Diary, JobSource, Stage};
use ponte_core::sync::SyncClient;
use ponte_core::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const TUTOR_PASSWORD: &str = "tutor password 123";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// A coordinator process with its own SQLite file.
pub struct Coordinator {
    pub dir: tempfile::TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl Coordinator {
    pub fn database(&self) -> PathBuf {
        self.dir.path().join("coordinator.sqlite")
    }

    fn url(&self) -> String {
        format!("sqlite://{}?mode=rwc", self.database().display())
    }

    pub fn run(&self, args: &[&str], stdin: Option<&str>) {
        let mut command = Command::new(env!("CARGO_BIN_EXE_e2e-coordinator"));
        command
            .args(args)
            .env("PONTE_DATABASE_URL", self.url())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let mut child = command.spawn().unwrap();
        if let Some(input) = stdin {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        assert!(
            child.wait().unwrap().success(),
            "ponte-coordinator {args:?}"
        );
    }

    /// A coordinator with the Bologna demo services, one organisation and one tutor.
    pub async fn start() -> Coordinator {
        let mut coordinator = Coordinator {
            dir: tempfile::tempdir().unwrap(),
            port: free_port(),
            child: None,
        };
        coordinator.run(
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
        coordinator.run(
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
        let csv = content_dir().join("territory/bologna.csv");
        coordinator.run(
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
        coordinator.restart().await;
        coordinator
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts (again) on the same port and database.
    pub async fn restart(&mut self) {
        self.stop();
        let child = Command::new(env!("CARGO_BIN_EXE_e2e-coordinator"))
            .args([
                "serve",
                "--listen",
                &format!("127.0.0.1:{}", self.port),
                "--database-url",
                &self.url(),
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

    /// Reads the coordinator's database directly, to compare both sides.
    pub fn query_i64(&self, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.database()).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    pub fn query_texts(&self, sql: &str) -> Vec<String> {
        let conn = rusqlite::Connection::open(self.database()).unwrap();
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}

impl Drop for Coordinator {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The tutor in a browser: signs in, adds a beneficiary, makes codes and items.
pub struct Tutor {
    http: reqwest::Client,
    base: String,
    cookie: String,
    csrf: String,
}

/// The value of the hidden form field `name` in a page.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in the page"))
        + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

/// Signs in on the dashboard as a browser would: a client that keeps no redirects, and the
/// session cookie.
pub async fn sign_in(
    coordinator: &Coordinator,
    username: &str,
    password: &str,
) -> (reqwest::Client, String) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let base = coordinator.base();
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
            ("username", username),
            ("password", password),
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
    (http, cookie)
}

impl Tutor {
    pub async fn sign_in(coordinator: &Coordinator) -> Tutor {
        let (http, cookie) = sign_in(coordinator, "tutor", TUTOR_PASSWORD).await;
        let base = coordinator.base();
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
            base,
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

    pub async fn page(&self, path: &str) -> String {
        self.http
            .get(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// A new beneficiary; its id.
    pub async fn add_beneficiary(&self, nickname: &str, languages: &str) -> String {
        let answer = self
            .post(
                "/beneficiaries",
                &[("nickname", nickname), ("languages", languages)],
            )
            .await;
        assert_eq!(answer.status(), 303);
        answer.headers()["location"]
            .to_str()
            .unwrap()
            .trim_start_matches("/beneficiaries/")
            .to_owned()
    }

    pub async fn pairing_code(&self, beneficiary: &str) -> String {
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

    /// Changes an item through its form on the beneficiary's page.
    pub async fn edit_item(&self, beneficiary: &str, item: &str, fields: &[(&str, &str)]) {
        let answer = self
            .post(
                &format!("/beneficiaries/{beneficiary}/items/{item}"),
                fields,
            )
            .await;
        assert_eq!(answer.status(), 303, "{}", answer.text().await.unwrap());
    }

    pub async fn delete_item(&self, beneficiary: &str, item: &str) {
        let answer = self
            .post(
                &format!("/beneficiaries/{beneficiary}/items/{item}/delete"),
                &[],
            )
            .await;
        assert_eq!(answer.status(), 303, "{}", answer.text().await.unwrap());
    }

    pub async fn add_item(&self, beneficiary: &str, kind: &str, fields: &[(&str, &str)]) {
        let mut all = vec![("kind", kind)];
        all.extend_from_slice(fields);
        let answer = self
            .post(&format!("/beneficiaries/{beneficiary}/items"), &all)
            .await;
        assert_eq!(answer.status(), 303, "{}", answer.text().await.unwrap());
    }
}

/// A phone: its encrypted database and its sync client.
pub struct Phone {
    pub dir: tempfile::TempDir,
    pub store: Arc<Store>,
    pub sync: Arc<SyncClient>,
}

impl Phone {
    pub fn new() -> Phone {
        let dir = tempfile::tempdir().unwrap();
        let (store, sync) = Phone::open_at(dir.path());
        Phone { dir, store, sync }
    }

    /// A phone whose app trusts these signing keys (base64).
    pub fn trusting(keys: Vec<String>) -> Phone {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(dir.path().join("ponte.db"), &[7u8; 32]).unwrap());
        let sync = Arc::new(SyncClient::new(store.clone(), keys));
        Phone { dir, store, sync }
    }

    pub fn open_at(dir: &Path) -> (Arc<Store>, Arc<SyncClient>) {
        let store = Arc::new(Store::open(dir.join("ponte.db"), &[7u8; 32]).unwrap());
        let sync = Arc::new(SyncClient::new(store.clone(), Vec::new()));
        (store, sync)
    }

    /// Closes the phone's database and keeps its files, for another process to open.
    pub fn close(self) -> tempfile::TempDir {
        let Phone { dir, store, sync } = self;
        drop(sync);
        drop(store);
        dir
    }

    /// The phone whose files are in `dir`, opened again (as the app starting).
    pub fn reopen(dir: tempfile::TempDir) -> Phone {
        let (store, sync) = Phone::open_at(dir.path());
        Phone { dir, store, sync }
    }

    /// As after the app's process was killed and started again.
    pub fn restart(&mut self) {
        let (store, sync) = Phone::open_at(self.dir.path());
        self.store = store;
        self.sync = sync;
    }

    pub fn diary(&self) -> Diary {
        Diary::new(self.store.clone())
    }

    pub fn add_application(&self, employer: &str) -> String {
        self.diary()
            .add_application(
                &ApplicationDetails {
                    employer: employer.into(),
                    position: "Cook".into(),
                    source: JobSource::WordOfMouth,
                    source_detail: String::new(),
                    city: "Bologna".into(),
                    contract_type: None,
                    contact_name: String::new(),
                    contact_phone: String::new(),
                    contact_email: String::new(),
                    job_url: String::new(),
                    notes: String::new(),
                },
                Stage::Applied,
                None,
            )
            .unwrap()
            .id
    }

    pub fn move_to(&self, id: &str, stage: Stage) {
        let _ = self.diary().move_to_stage(id, stage, "", None);
    }

    pub fn employers(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .diary()
            .applications(None)
            .unwrap()
            .into_iter()
            .map(|a| a.details.employer)
            .collect();
        all.sort();
        all
    }

    pub fn service_ids(&self) -> Vec<String> {
        self.store
            .read(|c| {
                let mut stmt = c.prepare("SELECT id FROM service ORDER BY id")?;
                let ids = stmt
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<Vec<String>, _>>()?;
                Ok(ids)
            })
            .unwrap()
    }

    /// Syncs until one sync succeeds (the faults are random), at most `tries` times; how many
    /// attempts failed first.
    pub async fn sync_until_done(&self, tries: usize) -> usize {
        let mut last = None;
        for failed in 0..tries {
            match self.sync.sync_now(true, None).await {
                Ok(_) => return failed,
                Err(e) => last = Some(e),
            }
        }
        panic!("no sync succeeded in {tries} tries: {last:?}");
    }
}

/// What the proxy does to each connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    /// Closes the connection before the server answers (the request may have arrived).
    DropAfterRequest,
    /// Lets only part of the answer through, then closes.
    CutBody,
    /// Waits before passing the answer on.
    Delay(u64),
    /// Sends the request to the server twice; the phone sees the second answer.
    Duplicate,
}

/// A TCP proxy that applies a fault to one request in `every` and counts the bytes.
pub struct Proxy {
    pub port: u16,
    pub fault: Arc<Mutex<(Fault, usize)>>,
    pub bytes_up: Arc<AtomicU64>,
    pub bytes_down: Arc<AtomicU64>,
    pub requests: Arc<AtomicUsize>,
    /// Outbox operations in the sync requests that went through (each push counted).
    pub operations: Arc<AtomicUsize>,
}

/// How many outbox operations a request carries (0 for anything but a sync with some).
fn operations_in(request: &[u8]) -> usize {
    let Some(end) = request.windows(4).position(|w| w == b"\r\n\r\n") else {
        return 0;
    };
    serde_json::from_slice::<serde_json::Value>(&request[end + 4..])
        .ok()
        .and_then(|body| body.get("operations")?.as_array().map(Vec::len))
        .unwrap_or(0)
}

async fn read_request(client: &mut TcpStream) -> Option<Vec<u8>> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                let n = client.read(&mut chunk).await.ok()?;
                if n == 0 {
                    return None;
                }
                buffer.extend_from_slice(&chunk[..n]);
            }
            return Some(buffer);
        }
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
}

/// One request to the server on a fresh connection; the whole answer.
async fn exchange(upstream: SocketAddr, request: &[u8]) -> Option<Vec<u8>> {
    let mut server = TcpStream::connect(upstream).await.ok()?;
    // One request per connection, so the answer ends when the server closes.
    let request =
        String::from_utf8_lossy(request).replacen("\r\n\r\n", "\r\nconnection: close\r\n\r\n", 1);
    server.write_all(request.as_bytes()).await.ok()?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer).await.ok()?;
    Some(answer)
}

impl Proxy {
    pub async fn start(upstream_port: u16) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let proxy = Proxy {
            port,
            fault: Arc::new(Mutex::new((Fault::None, 1))),
            bytes_up: Arc::new(AtomicU64::new(0)),
            bytes_down: Arc::new(AtomicU64::new(0)),
            requests: Arc::new(AtomicUsize::new(0)),
            operations: Arc::new(AtomicUsize::new(0)),
        };
        let (fault, up, down, requests, operations) = (
            proxy.fault.clone(),
            proxy.bytes_up.clone(),
            proxy.bytes_down.clone(),
            proxy.requests.clone(),
            proxy.operations.clone(),
        );
        let upstream: SocketAddr = format!("127.0.0.1:{upstream_port}").parse().unwrap();
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                let (fault, up, down, requests, operations) = (
                    fault.clone(),
                    up.clone(),
                    down.clone(),
                    requests.clone(),
                    operations.clone(),
                );
                tokio::spawn(async move {
                    // One request per connection: the proxy answers it and closes.
                    if let Some(request) = read_request(&mut client).await {
                        let number = requests.fetch_add(1, Ordering::SeqCst) + 1;
                        up.fetch_add(request.len() as u64, Ordering::SeqCst);
                        operations.fetch_add(operations_in(&request), Ordering::SeqCst);
                        let (kind, every) = *fault.lock().unwrap();
                        // Scattered, but the same in every run: one request in `every` on average.
                        let mut h = (number as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                        h ^= h >> 29;
                        let faulty = every > 0 && h % every as u64 == 0;
                        let kind = if faulty { kind } else { Fault::None };
                        if kind == Fault::Duplicate {
                            let _ = exchange(upstream, &request).await;
                        }
                        let Some(answer) = exchange(upstream, &request).await else {
                            return;
                        };
                        match kind {
                            Fault::DropAfterRequest => return,
                            Fault::CutBody => {
                                let _ = client.write_all(&answer[..answer.len() * 2 / 3]).await;
                                return;
                            }
                            Fault::Delay(ms) => tokio::time::sleep(Duration::from_millis(ms)).await,
                            _ => {}
                        }
                        down.fetch_add(answer.len() as u64, Ordering::SeqCst);
                        // The server closed its side; so do we, as the answer says.
                        let _ = client.write_all(&answer).await;
                    }
                });
            }
        });
        proxy
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn set(&self, fault: Fault, every: usize) {
        *self.fault.lock().unwrap() = (fault, every);
    }

    pub fn reset_counts(&self) {
        self.bytes_up.store(0, Ordering::SeqCst);
        self.bytes_down.store(0, Ordering::SeqCst);
        self.requests.store(0, Ordering::SeqCst);
        self.operations.store(0, Ordering::SeqCst);
    }

    pub fn bytes(&self) -> (u64, u64) {
        (
            self.bytes_up.load(Ordering::SeqCst),
            self.bytes_down.load(Ordering::SeqCst),
        )
    }
}

#[path = "../../../coordinator/src/test_skip.rs"]
pub mod test_skip;
