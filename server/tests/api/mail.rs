//! Outgoing mail through an SMTP outage: requests succeed, nothing is lost, everything is
//! delivered once the SMTP server is back.

use crate::helpers::spawn_app_with;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::test]
async fn mail_waits_out_an_smtp_outage_and_arrives_once() {
    // A port nobody listens on yet: the SMTP server is "down".
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let app =
        spawn_app_with(|config| config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;

    for n in 1..=3 {
        let response = app
            .sign_up(&format!("outage{n}"), &format!("outage{n}@example.org"))
            .await;
        assert_eq!(
            response.status(),
            200,
            "a sign-up does not fail because mail cannot go out"
        );
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while app
        .count("SELECT COUNT(*) FROM outbox WHERE attempts > 0")
        .await
        < 3
    {
        assert!(Instant::now() < deadline, "the worker did not try to send");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
            .await,
        3
    );
    // With SMTP, real mail never shows in the built-in mailbox (only the training demo's).
    let listed: serde_json::Value = app
        .call_json("mailbox_list", serde_json::json!({ "to": null }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed, serde_json::json!([]));

    let sink = SmtpSink::start(port).await;
    // Past every backoff delay; the worker looks again within a second.
    app.clock.advance(15 * 60);
    let deadline = Instant::now() + Duration::from_secs(10);
    while app
        .count("SELECT COUNT(*) FROM outbox WHERE delivered_via = 'smtp'")
        .await
        < 3
    {
        assert!(
            Instant::now() < deadline,
            "mail not delivered after SMTP came back"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A little longer, to catch a second delivery.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let received = sink.received();
    assert_eq!(received.len(), 3, "each message exactly once");
    for n in 1..=3 {
        let to = format!("To: outage{n}@example.org");
        assert_eq!(
            received.iter().filter(|m| m.contains(&to)).count(),
            1,
            "{to}"
        );
    }
    assert!(received.iter().all(|m| m.contains("token=")));
}

/// Just enough of an SMTP server to accept mail and keep each message's DATA.
pub(crate) struct SmtpSink {
    received: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub(crate) async fn start(port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("the SMTP port is free again");
        let received = Arc::new(Mutex::new(Vec::new()));
        let kept = received.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(Self::session(stream, kept.clone()));
            }
        });
        Self { received }
    }

    pub(crate) fn received(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    async fn session(stream: TcpStream, received: Arc<Mutex<Vec<String>>>) -> std::io::Result<()> {
        let (reader, mut writer) = stream.into_split();
        let mut lines = BufReader::new(reader).lines();
        writer.write_all(b"220 sink ESMTP\r\n").await?;
        while let Some(line) = lines.next_line().await? {
            let command = line.to_ascii_uppercase();
            if command == "DATA" {
                writer.write_all(b"354 end with .\r\n").await?;
                let mut data = String::new();
                while let Some(line) = lines.next_line().await? {
                    if line == "." {
                        break;
                    }
                    // Undo the client's dot-stuffing.
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                    data.push_str("\r\n");
                }
                received.lock().unwrap().push(data);
                writer.write_all(b"250 queued\r\n").await?;
            } else if command == "QUIT" {
                writer.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                // EHLO, MAIL FROM, RCPT TO, RSET, NOOP: all fine.
                writer.write_all(b"250 ok\r\n").await?;
            }
        }
        Ok(())
    }
}
