//! The injixo Cloud Link endpoints of `Api`.

use super::{client, Api, ApiError};
use injixo_contract::{ClaimCloudLink, CloudLink, Download, Flavor, QueryPreview, RunQuery};

impl Api {
    /// Claims the client that printed `req.pin` for the form (or the integration).
    pub async fn claim_cloud_link(&self, req: &ClaimCloudLink) -> Result<CloudLink, ApiError> {
        client::post(self.s(), "/cloud-link/claims", req, None).await
    }

    /// A claimed client and whether it is connected now.
    pub async fn cloud_link(&self, id: &str) -> Result<CloudLink, ApiError> {
        client::get(
            self.s(),
            &format!("/cloud-link/links/{}", client::encode(id)),
        )
        .await
    }

    /// *Run query*: the linked client runs `req.sql` and sends back the first rows.
    pub async fn run_query(&self, link_id: &str, req: &RunQuery) -> Result<QueryPreview, ApiError> {
        let path = format!("/cloud-link/links/{}/query", client::encode(link_id));
        client::post(self.s(), &path, req, None).await
    }

    /// Where the browser downloads a build of the client (a plain link).
    pub fn cloud_link_download_url(&self, download: Download, flavor: Flavor) -> String {
        format!("{}{}", self.s().base, download.path(flavor))
    }
}
