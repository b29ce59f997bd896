//! The injixo server's client endpoints (`/api/v1/cloud-link/client/…`), over a
//! blocking HTTP client. Every call but `register` carries the client's token;
//! nothing here prints it.

use injixo_contract::{
    ClientCsvIntegrations, ClientPin, CsvImport, HeartbeatAnswer, Job, JobResult, Problem,
    RegisterClient, API_PREFIX,
};
use std::time::Duration;

/// Why a call failed.
#[derive(Debug)]
pub enum Error {
    /// The server does not know the token (its database was reset, say).
    Unauthorized,
    /// Anything else: not reachable, a 5xx, an unexpected answer.
    Failed(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Unauthorized => f.write_str("the server does not know this client"),
            Error::Failed(why) => f.write_str(why),
        }
    }
}

/// One injixo server.
#[derive(Clone)]
pub struct Server {
    base: String,
    agent: ureq::Agent,
}

type Response = ureq::http::Response<ureq::Body>;

impl Server {
    /// The server at `base` (`http://127.0.0.1:8080`).
    pub fn new(base: &str) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            // Longer than the longest long poll (25 s).
            .timeout_global(Some(Duration::from_secs(40)))
            .build();
        Self {
            base: format!(
                "{}{API_PREFIX}/cloud-link/client",
                base.trim_end_matches('/')
            ),
            agent: config.into(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.base)
    }

    /// `POST …/register`.
    pub fn register(&self, facts: &RegisterClient) -> Result<ClientPin, Error> {
        let res = self.agent.post(self.url("register")).send_json(facts);
        json(expect(res, 201)?)
    }

    /// `POST …/pin`.
    pub fn new_pin(&self, token: &str) -> Result<ClientPin, Error> {
        let res = self
            .agent
            .post(self.url("pin"))
            .header("Authorization", bearer(token))
            .send_empty();
        json(expect(res, 200)?)
    }

    /// `POST …/heartbeat`.
    pub fn heartbeat(&self, token: &str, facts: &RegisterClient) -> Result<HeartbeatAnswer, Error> {
        let res = self
            .agent
            .post(self.url("heartbeat"))
            .header("Authorization", bearer(token))
            .send_json(facts);
        json(expect(res, 200)?)
    }

    /// `GET …/jobs?wait=…`: the next job, or `None` when none came in time.
    pub fn next_job(&self, token: &str, wait_secs: u64) -> Result<Option<Job>, Error> {
        let res = self
            .agent
            .get(self.url(&format!("jobs?wait={wait_secs}")))
            .header("Authorization", bearer(token))
            .call();
        let res = res.map_err(failed)?;
        match res.status().as_u16() {
            204 => Ok(None),
            _ => json(expect(Ok(res), 200)?).map(Some),
        }
    }

    /// `POST …/jobs/{id}`. A 404 (the server stopped waiting) is no error.
    pub fn finish(&self, token: &str, job_id: &str, result: &JobResult) -> Result<(), Error> {
        let res = self
            .agent
            .post(self.url(&format!("jobs/{job_id}")))
            .header("Authorization", bearer(token))
            .send_json(result)
            .map_err(failed)?;
        match res.status().as_u16() {
            204 | 404 => Ok(()),
            _ => expect(Ok(res), 204).map(drop),
        }
    }
}

/// What became of a file sent for the automatic import.
#[derive(Debug)]
pub enum Sent {
    /// Imported (`applied` or `rejected`); `new` is false when the server returned
    /// its earlier import of the same content.
    Imported { import: Box<CsvImport>, new: bool },
    /// Refused with this status and problem `code` (the file was not imported).
    Refused { status: u16, code: String },
}

impl Server {
    /// `GET …/csv-integrations`: the CSV integrations this client serves.
    pub fn csv_integrations(&self, token: &str) -> Result<ClientCsvIntegrations, Error> {
        let res = self
            .agent
            .get(self.url("csv-integrations"))
            .header("Authorization", bearer(token))
            .call();
        json(expect(res, 200)?)
    }

    /// `POST …/csv-files?integration_id=…`: a file of the import folder. A 401 or
    /// 5xx is an `Error` (nothing was decided about the file); other refusals are
    /// `Sent::Refused`.
    pub fn send_csv_file(
        &self,
        token: &str,
        integration_id: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<Sent, Error> {
        let url = format!(
            "csv-files?integration_id={}",
            percent_encode(integration_id)
        );
        let mut res = self
            .agent
            .post(self.url(&url))
            .header("Authorization", bearer(token))
            .header("Content-Type", "text/csv")
            .header("X-File-Name", percent_encode(file_name))
            .send(bytes)
            .map_err(failed)?;
        match res.status().as_u16() {
            s @ (200 | 201) => Ok(Sent::Imported {
                import: Box::new(json(res)?),
                new: s == 201,
            }),
            401 => Err(Error::Unauthorized),
            status @ 400..=499 => {
                // Any 4xx body that is not a Problem still refuses the file.
                let code = res
                    .body_mut()
                    .read_json::<Problem>()
                    .map(|p| p.code.as_str().to_string())
                    .unwrap_or_else(|_| "unknown".into());
                Ok(Sent::Refused { status, code })
            }
            s => Err(Error::Failed(format!("the server answered {s}"))),
        }
    }
}

/// `%XX` for every byte but ASCII letters, digits and `-._~` (a file name goes in
/// a header as percent-encoded UTF-8, as `X-File-Name` wants).
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn failed(e: ureq::Error) -> Error {
    Error::Failed(e.to_string())
}

fn expect(res: Result<Response, ureq::Error>, status: u16) -> Result<Response, Error> {
    let res = res.map_err(failed)?;
    match res.status().as_u16() {
        s if s == status => Ok(res),
        401 => Err(Error::Unauthorized),
        s => Err(Error::Failed(format!("the server answered {s}"))),
    }
}

fn json<T: serde::de::DeserializeOwned>(mut res: Response) -> Result<T, Error> {
    res.body_mut()
        .read_json()
        .map_err(|e| Error::Failed(format!("unexpected answer: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes_file_names() {
        assert_eq!(super::percent_encode("a-b_c.csv"), "a-b_c.csv");
        assert_eq!(super::percent_encode("März 1.csv"), "M%C3%A4rz%201.csv");
    }
}
