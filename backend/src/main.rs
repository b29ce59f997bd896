use injixo_backend::{app, config::Config, db, AppState};

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("injixo-backend: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let config = Config::from_env()?;
    std::fs::create_dir_all(&config.data_dir)
        .map_err(|e| format!("cannot create DATA_DIR {}: {e}", config.data_dir.display()))?;
    let conn = db::open(&config.data_dir.join("integrations.sqlite3"))
        .map_err(|e| format!("cannot open the database: {e}"))?;
    if !config.dist_dir.join("index.html").is_file() {
        eprintln!(
            "injixo-backend: warning: {} has no index.html; only the API is served",
            config.dist_dir.display()
        );
    }
    let mut state = AppState::new(conn);
    state.set_plan(config.plan);
    state.auth_mode = config.auth_mode;
    state.cloud_link = std::sync::Arc::new(injixo_backend::cloud_link::Hub::new(
        config.cloud_link.clone(),
    ));
    if config.test_hooks {
        eprintln!(
            "injixo-backend: warning: INJIXO_TEST_HOOKS=1, anyone can move the clock and inject faults"
        );
        state.test_hooks = true;
    }
    if let Some(models) = config.sample_catalogue_models {
        let padded = injixo_backend::catalogue::samples::pad((*state.catalogue).clone(), models);
        state.catalogue = std::sync::Arc::new(padded);
    }
    tokio::spawn(purge_expired(state.clone()));
    if !config.portal_dir.join("index.html").is_file() {
        eprintln!(
            "injixo-backend: note: {} has no index.html; /portal/ answers 404",
            config.portal_dir.display()
        );
    }
    let router = app(state, &config.dist_dir, &config.portal_dir);
    let listener = tokio::net::TcpListener::bind((config.host.as_str(), config.port))
        .await
        .map_err(|e| format!("cannot listen on {}:{}: {e}", config.host, config.port))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // Tests and `make run` wait for this line; keep its shape.
    println!("injixo-backend: serving http://{addr}/");
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| e.to_string())
}

/// Expired idempotent replays (which may hold an injixo API key) are also deleted
/// whenever a key is claimed; this bounds their life when no one posts anything.
/// Expired sessions go the same way (they are refused from their expiry on anyway).
async fn purge_expired(state: AppState) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every.tick().await;
        let now = state.clock.now_rfc3339();
        let conn = state.db.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = db::purge_expired_idempotency(&conn, &now) {
            eprintln!("injixo-backend: cannot purge expired replays: {e}");
        }
        if let Err(e) = db::purge_expired_sessions(&conn, &now) {
            eprintln!("injixo-backend: cannot purge expired sessions: {e}");
        }
        if let Err(e) = db::purge_expired_pins(&conn, &now) {
            eprintln!("injixo-backend: cannot purge expired PINs: {e}");
        }
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
