//! The client download. The reference backend has one build: the stand-in client
//! (`cloud-link/`, binary `injixo-cloud-link`) for Linux x64, standard flavour,
//! served as a `.tar.gz` holding the executable, as the real Linux download is
//! ("extract the archive into the installation folder of your choice").

use flate2::{write::GzEncoder, Compression};
use std::io::{self, Write};
use std::path::Path;

/// The name of the archive (`Content-Disposition`).
pub const ARCHIVE_NAME: &str = "injixo-cloud-link-linux-x64.tar.gz";

/// The executable's name inside the archive.
pub const EXECUTABLE: &str = "injixo-cloud-link";

/// Whether the reference backend has a build for this flavour, OS and architecture
/// (as they appear in the download path).
pub fn has_build(flavor: &str, os: &str, arch: &str) -> bool {
    (flavor, os, arch) == ("standard", "linux", "x64")
}

/// A gzipped ustar archive with the file at `binary` as `injixo-cloud-link`
/// (mode 0755).
pub fn archive(binary: &Path) -> io::Result<Vec<u8>> {
    let bytes = std::fs::read(binary)?;
    let mtime = std::fs::metadata(binary)?
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let mut header = tar::Header::new_ustar();
    header.set_path(EXECUTABLE)?;
    header.set_size(bytes.len() as u64);
    header.set_mode(0o755);
    header.set_mtime(mtime);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    let mut builder = tar::Builder::new(GzEncoder::new(Vec::new(), Compression::default()));
    builder.append(&header, bytes.as_slice())?;
    let mut gz = builder.into_inner()?;
    gz.flush()?;
    gz.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn only_standard_linux_x64() {
        assert!(has_build("standard", "linux", "x64"));
        assert!(!has_build("standard", "windows", "x64"));
        assert!(!has_build("cisco", "linux", "x64"));
        assert!(!has_build("standard", "linux", "arm"));
    }

    #[test]
    fn the_archive_holds_the_executable() {
        let dir = std::env::temp_dir().join(format!("cl-dl-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let bin = dir.join("bin");
        std::fs::write(&bin, b"#!/bin/sh\necho hi\n").unwrap();
        let gz = archive(&bin).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(gz.as_slice()));
        let mut entries = tar.entries().unwrap();
        let mut entry = entries.next().unwrap().unwrap();
        assert_eq!(entry.path().unwrap().to_str(), Some(EXECUTABLE));
        assert_eq!(entry.header().mode().unwrap(), 0o755);
        let mut body = String::new();
        entry.read_to_string(&mut body).unwrap();
        assert_eq!(body, "#!/bin/sh\necho hi\n");
        assert!(entries.next().is_none());
    }
}
