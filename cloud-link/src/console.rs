//! What the client prints: the box with the PIN, exactly as the real client's
//! console shows it (the help articles quote it), on standard output.

use std::io::Write;

/// The box with `pin`, line by line.
pub fn pin_box(pin: &str) -> String {
    format!(
        "** Before you are able to run the client,\n\
         ** link it to your injixo account:\n\
         **  1) Log in to injixo.com\n\
         **  2) Visit https://www.injixo.com/account/integrations\n\
         **  3) Select an integration you want to connect the client to\n\
         **  4) Enter your pin: {pin} (expires in 5 minutes)\n"
    )
}

/// Prints the box and flushes, so a reader of a pipe sees it at once.
pub fn print_pin(pin: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(pin_box(pin).as_bytes());
    let _ = out.flush();
}

/// A line for the operator (standard error); never given a secret.
pub fn note(line: &str) {
    eprintln!("injixo-cloud-link: {line}");
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_box_is_the_articles() {
        let text = super::pin_box("424242");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0], "** Before you are able to run the client,");
        assert_eq!(
            lines[3],
            "**  2) Visit https://www.injixo.com/account/integrations"
        );
        assert_eq!(
            lines[5],
            "**  4) Enter your pin: 424242 (expires in 5 minutes)"
        );
    }
}
