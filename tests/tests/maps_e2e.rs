//! The offline city map end to end, over real HTTP on 127.0.0.1: an operator publishes a
//! PMTiles file on the coordinator's dashboard; a paired phone downloads it through a proxy
//! that cuts the download in the middle, resumes from its partial file, refuses a file changed
//! after signing, and keeps its old map until a new one is complete and verified.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use ponte_core::app::map::{MapClient, MapProblem, MapStatus, NetworkKind};
use ponte_core::services::ServiceFilter;
use ponte_core::sync::SyncClient;
use ponte_core::{OpenOptions, PackProblem, Store, SyncFailure, Timestamp};
use ponte_wire::mappack::{self, MapBounds};
use support::{hidden, Coordinator, Tutor};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const OPERATOR_PASSWORD: &str = "operator password 123";

const BOLOGNA: MapBounds = MapBounds {
    south: 44.40,
    west: 11.20,
    north: 44.60,
    east: 11.50,
};

/// The operator in a browser: signs in and uploads a map file.
struct Operator {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Operator {
    async fn sign_in(coordinator: &Coordinator) -> Operator {
        coordinator.run(
            &[
                "user",
                "add",
                "--organisation",
                "org",
                "--username",
                "operator",
                "--role",
                "operator",
            ],
            Some(&format!("{OPERATOR_PASSWORD}\n")),
        );
        let (http, cookie) = support::sign_in(coordinator, "operator", OPERATOR_PASSWORD).await;
        let base = coordinator.base();
        Operator { http, base, cookie }
    }

    /// Uploads a map on the dashboard's page; the page's answer.
    async fn publish(&self, file: &[u8]) -> reqwest::Response {
        let page = self
            .http
            .get(format!("{}/maps", self.base))
            .header("cookie", &self.cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = hidden(&page, "csrf");
        let boundary = "ponte-map-boundary-51c2";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"map\"; filename=\"bologna.pmtiles\"\r\n\
             Content-Type: application/vnd.pmtiles\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.http
            .post(format!("{}/maps", self.base))
            .header("cookie", &self.cookie)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body)
            .send()
            .await
            .unwrap()
    }
}

/// A proxy that passes answers on as they come, counts what each request got back, and can
/// cut the map file's download after a number of bytes.
struct CutProxy {
    port: u16,
    /// Cut answers to `/pack` requests after this many bytes (headers included).
    cut_pack_after: Arc<Mutex<Option<usize>>>,
    /// Each request's head (lowercase) and the bytes of answer that went back.
    log: Arc<Mutex<Vec<(String, usize)>>>,
    requests: Arc<AtomicUsize>,
}

impl CutProxy {
    async fn start(upstream_port: u16) -> CutProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy = CutProxy {
            port: listener.local_addr().unwrap().port(),
            cut_pack_after: Arc::new(Mutex::new(None)),
            log: Arc::new(Mutex::new(Vec::new())),
            requests: Arc::new(AtomicUsize::new(0)),
        };
        let (cut, log, requests) = (
            proxy.cut_pack_after.clone(),
            proxy.log.clone(),
            proxy.requests.clone(),
        );
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                let (cut, log, requests) = (cut.clone(), log.clone(), requests.clone());
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        if client.read(&mut byte).await.unwrap_or(0) == 0 {
                            return;
                        }
                        head.push(byte[0]);
                    }
                    requests.fetch_add(1, Ordering::SeqCst);
                    let text = String::from_utf8_lossy(&head).to_string();
                    let length: usize = text
                        .to_lowercase()
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    let mut body = vec![0u8; length];
                    if client.read_exact(&mut body).await.is_err() {
                        return;
                    }
                    let limit = if text.lines().next().unwrap_or("").contains("/pack") {
                        *cut.lock().unwrap()
                    } else {
                        None
                    };
                    let mut request = text
                        .replacen("\r\n\r\n", "\r\nconnection: close\r\n\r\n", 1)
                        .into_bytes();
                    request.extend_from_slice(&body);
                    let mut server = TcpStream::connect(("127.0.0.1", upstream_port))
                        .await
                        .unwrap();
                    server.write_all(&request).await.unwrap();
                    let mut passed = 0usize;
                    let mut buffer = vec![0u8; 16 * 1024];
                    loop {
                        let n = server.read(&mut buffer).await.unwrap_or(0);
                        if n == 0 {
                            break;
                        }
                        let n = match limit {
                            Some(limit) => n.min(limit - passed),
                            None => n,
                        };
                        if client.write_all(&buffer[..n]).await.is_err() {
                            break;
                        }
                        passed += n;
                        if limit == Some(passed) {
                            break;
                        }
                    }
                    let _ = client.flush().await;
                    log.lock().unwrap().push((text.to_lowercase(), passed));
                    // Dropping both ends closes the connection, cut or not.
                });
            }
        });
        proxy
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn cut_after(&self, bytes: Option<usize>) {
        *self.cut_pack_after.lock().unwrap() = bytes;
    }

    /// The `/pack` requests since the last call: head and bytes passed.
    fn take_pack_requests(&self) -> Vec<(String, usize)> {
        let mut log = self.log.lock().unwrap();
        let taken: Vec<_> = log
            .drain(..)
            .filter(|(head, _)| head.lines().next().unwrap_or("").contains("/pack"))
            .collect();
        taken
    }
}

fn read_file(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_map_downloads_resumes_refuses_a_tampered_file_and_replaces_atomically() {
    let coordinator = Coordinator::start().await;
    let operator = Operator::sign_in(&coordinator).await;
    // Larger than two of the coordinator's 1 MiB chunks.
    let first = mappack::synthetic_pmtiles(BOLOGNA, 8, 14, 2_500_000);
    let answer = operator.publish(&first).await;
    assert_eq!(answer.status(), 303, "{}", answer.text().await.unwrap());
    let refused = operator.publish(b"PK\x03\x04 not a map").await;
    assert_eq!(refused.status(), 400);

    // The phone trusts the coordinator's key, given at open as the app ships it.
    let seed = coordinator
        .query_texts("SELECT value FROM server_secret WHERE name = 'lesson-signing-key'");
    let key = ponte_wire::pack::signing_key_from_base64(&seed[0]).unwrap();
    let trusted = vec![ponte_wire::pack::public_key_to_base64(&key.verifying_key())];
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        Store::open_with(
            &OpenOptions::new(
                dir.path().join("ponte.db").to_str().unwrap(),
                &[7u8; 32],
                true,
            )
            .trusting(&trusted),
        )
        .unwrap(),
    );
    let sync = SyncClient::new(store.clone(), trusted.clone());
    let maps = MapClient::new(store.clone());
    let state = |maps: &MapClient| {
        maps.state(None, &ServiceFilter::default(), &[], Timestamp::now())
            .unwrap()
    };
    assert_eq!(state(&maps).status, MapStatus::None);
    assert_eq!(state(&maps).file, None);

    let proxy = CutProxy::start(coordinator.port).await;
    let tutor = Tutor::sign_in(&coordinator).await;
    let beneficiary = tutor.add_beneficiary("Amina", "ar, it").await;
    let code = tutor.pairing_code(&beneficiary).await;
    sync.pair(&proxy.base(), &code, "Test phone", Vec::new())
        .await
        .unwrap();
    sync.sync_now(true, None).await.unwrap();

    let update = maps.check_for_update().await.unwrap();
    assert!(update.published && update.newer);
    assert_eq!(
        (update.version, update.bytes_to_download),
        (1, first.len() as u64)
    );

    // On mobile data, not allowed: nothing of the file travels.
    let status = maps.download(NetworkKind::Mobile, None).await.unwrap();
    assert_eq!(status, MapStatus::WaitingForWifi);
    assert_eq!(state(&maps).status, MapStatus::WaitingForWifi);
    assert!(proxy.take_pack_requests().is_empty());

    // On Wi-Fi, cut in the middle: what came stays in the partial file.
    proxy.cut_after(Some(first.len() / 2));
    let cut = maps.download(NetworkKind::Wifi, None).await;
    assert!(
        matches!(
            cut,
            Err(ponte_core::Error::Sync {
                failure: SyncFailure::Offline,
                ..
            })
        ),
        "{cut:?}"
    );
    let part = dir.path().join("maps/bologna.pmtiles.part");
    let kept = std::fs::metadata(&part).unwrap().len();
    assert!(kept > 0 && kept < first.len() as u64, "{kept}");
    assert_eq!(
        state(&maps).status,
        MapStatus::Paused {
            done: kept,
            total: first.len() as u64
        }
    );
    assert_eq!(state(&maps).file, None, "no map until it is complete");
    assert_eq!(
        maps.check_for_update().await.unwrap().bytes_to_download,
        first.len() as u64 - kept
    );

    // Resumed from the partial file: only the rest travels.
    proxy.cut_after(None);
    proxy.take_pack_requests();
    let done = maps.download(NetworkKind::Wifi, None).await.unwrap();
    assert_eq!(done, MapStatus::Ready);
    let requests = proxy.take_pack_requests();
    assert_eq!(requests.len(), 1);
    let (head, bytes) = &requests[0];
    eprintln!(
        "map of {} bytes: cut after {kept} bytes; the resume carried {bytes} bytes (headers included)",
        first.len()
    );
    assert!(head.contains(&format!("range: bytes={kept}-")), "{head}");
    assert!(
        *bytes < first.len() - kept as usize + 1024,
        "{bytes} bytes for the {} missing",
        first.len() as u64 - kept
    );
    let shown = state(&maps);
    assert_eq!(shown.status, MapStatus::Ready);
    assert_eq!(read_file(shown.file.as_deref().unwrap()), first);
    assert!(!part.exists());
    assert_eq!(
        (shown.version, shown.min_zoom, shown.max_zoom),
        (Some(1), 8, 14)
    );
    let bounds = shown.bounds.unwrap();
    assert!((bounds.south - 44.40).abs() < 1e-6 && (bounds.east - 11.50).abs() < 1e-6);
    // The territory's services are the pins.
    let pins: serde_json::Value = serde_json::from_str(&shown.pins_geojson).unwrap();
    assert!(
        pins["features"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "bo-questura"),
        "{}",
        shown.pins_geojson
    );
    // The newest already: nothing downloads.
    assert_eq!(
        maps.download(NetworkKind::Wifi, None).await.unwrap(),
        MapStatus::Ready
    );
    assert!(proxy.take_pack_requests().is_empty());
    assert!(!maps.check_for_update().await.unwrap().newer);

    // A new version, cut halfway: the old map stays as it was.
    let second = mappack::synthetic_pmtiles(BOLOGNA, 10, 16, 2_600_000);
    assert_eq!(operator.publish(&second).await.status(), 303);
    proxy.cut_after(Some(second.len() / 2));
    assert!(maps.download(NetworkKind::Wifi, None).await.is_err());
    let shown = state(&maps);
    assert_eq!(shown.version, Some(1));
    assert_eq!(read_file(shown.file.as_deref().unwrap()), first);
    assert!(matches!(shown.status, MapStatus::Paused { .. }));

    // Bytes changed on the server after signing (the last chunk): refused, the partial file
    // deleted, the old map still there.
    let last: i64 = coordinator.query_i64("SELECT max(seq) FROM map_chunk");
    let database = rusqlite::Connection::open(coordinator.database()).unwrap();
    let original: Vec<u8> = database
        .query_row("SELECT bytes FROM map_chunk WHERE seq = ?1", [last], |r| {
            r.get(0)
        })
        .unwrap();
    let mut changed = original.clone();
    *changed.last_mut().unwrap() ^= 0xff;
    database
        .execute(
            "UPDATE map_chunk SET bytes = ?1 WHERE seq = ?2",
            rusqlite::params![changed, last],
        )
        .unwrap();
    proxy.cut_after(None);
    let tampered = maps.download(NetworkKind::Wifi, None).await;
    assert!(
        matches!(
            tampered,
            Err(ponte_core::Error::Pack(PackProblem::Tampered))
        ),
        "{tampered:?}"
    );
    assert!(!part.exists());
    let shown = state(&maps);
    assert_eq!(
        shown.status,
        MapStatus::Failed {
            problem: MapProblem::Tampered
        }
    );
    assert_eq!(shown.version, Some(1));
    assert_eq!(read_file(shown.file.as_deref().unwrap()), first);

    // The genuine file again: downloaded whole, then it replaces the old map.
    database
        .execute(
            "UPDATE map_chunk SET bytes = ?1 WHERE seq = ?2",
            rusqlite::params![original, last],
        )
        .unwrap();
    proxy.take_pack_requests();
    assert_eq!(
        maps.download(NetworkKind::Wifi, None).await.unwrap(),
        MapStatus::Ready
    );
    let requests = proxy.take_pack_requests();
    assert!(!requests[0].0.contains("range:"), "started over");
    let shown = state(&maps);
    assert_eq!(
        (shown.version, shown.min_zoom, shown.max_zoom, shown.status),
        (Some(2), 10, 16, MapStatus::Ready)
    );
    assert_eq!(read_file(shown.file.as_deref().unwrap()), second);
    let files: Vec<_> = std::fs::read_dir(dir.path().join("maps"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files, ["bologna.pmtiles"]);
}
