//! The CSV integration's endpoints of `Api`: its schema, the SQL mapping's preview,
//! and the historical data import (upload with progress, apply, cancel, list).

use super::{client, Api, ApiError};
use injixo_contract::{CsvImport, CsvImportList, CsvSchema, CsvSqlPreviewRequest, QueryPreview};

impl Api {
    /// The saved schema of a CSV integration; `Ok(None)` when it has none (404).
    pub async fn csv_schema(&self, integration_id: &str) -> Result<Option<CsvSchema>, ApiError> {
        let path = format!(
            "/integrations/{}/csv-schema",
            client::encode(integration_id)
        );
        match client::get(self.s(), &path).await {
            Ok(schema) => Ok(Some(schema)),
            Err(e) if e.code() == Some(injixo_contract::ErrorCode::NotFound) => Ok(None),
            Err(ApiError::Status(404)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Runs an SQL mapping over a sample in the backend (*Use SQL query to map columns*).
    pub async fn csv_sql_preview(
        &self,
        req: &CsvSqlPreviewRequest,
    ) -> Result<QueryPreview, ApiError> {
        client::post(self.s(), "/csv/sql-preview", req, None).await
    }

    /// Uploads `file` for the historical data import of integration `integration_id`;
    /// `on_progress(sent, total)` follows the bytes. The answer is the analysed import.
    pub async fn upload_csv_import(
        &self,
        integration_id: &str,
        file: &web_sys::File,
        on_progress: impl Fn(f64, f64) + 'static,
    ) -> Result<CsvImport, ApiError> {
        let path = format!(
            "/integrations/{}/csv-imports",
            client::encode(integration_id)
        );
        let headers = [
            ("X-File-Name", client::encode(&file.name())),
            ("Content-Type", "text/csv".to_string()),
        ];
        client::upload(self.s(), &path, file, &headers, on_progress).await
    }

    /// *Apply data*: the import is written (`writing`, then `applied`: poll
    /// [`Api::csv_import`]).
    pub async fn apply_csv_import(&self, id: &str) -> Result<(), ApiError> {
        /// The action takes an empty JSON object.
        #[derive(serde::Serialize)]
        struct NoBody {}
        let path = format!("/csv-imports/{}/apply", client::encode(id));
        client::post_accepted(self.s(), &path, &NoBody {}).await
    }

    /// *Cancel*: the analysed import is dropped.
    pub async fn cancel_csv_import(&self, id: &str) -> Result<(), ApiError> {
        client::delete(self.s(), &format!("/csv-imports/{}", client::encode(id))).await
    }

    /// One import, as it stands now.
    pub async fn csv_import(&self, id: &str) -> Result<CsvImport, ApiError> {
        client::get(self.s(), &format!("/csv-imports/{}", client::encode(id))).await
    }

    /// The last imports of a CSV integration, newest first.
    pub async fn csv_imports(&self, integration_id: &str) -> Result<CsvImportList, ApiError> {
        let path = format!(
            "/integrations/{}/csv-imports",
            client::encode(integration_id)
        );
        client::get(self.s(), &path).await
    }
}
