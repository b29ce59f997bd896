//! `injixo-cloud-link --server URL run [options]`: see `args::USAGE`.

fn main() {
    let options = match injixo_cloud_link::args::parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!(
                "injixo-cloud-link: {e}\n\n{}",
                injixo_cloud_link::args::USAGE
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = injixo_cloud_link::client::main(&options) {
        eprintln!("injixo-cloud-link: {e}");
        std::process::exit(1);
    }
}
