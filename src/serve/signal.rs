//! Stopping the preview server: Ctrl-C (SIGINT) or SIGTERM → the name of
//! the signal, and a switch that ends the open live-reload streams so the
//! server can close every connection and exit at once.

use tokio::sync::watch;

/// The signals that stop the server, listened to from creation on (a
/// signal that arrives before [`Signals::next`] is awaited is not lost).
pub struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    /// Starts listening; must be called inside the server's runtime.
    pub fn listen() -> std::io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// Waits for the next stopping signal: `Ctrl-C` or `SIGTERM`.
    pub async fn next(&mut self) -> &'static str {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => "Ctrl-C",
                _ = self.terminate.recv() => "SIGTERM",
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            "Ctrl-C"
        }
    }
}

/// The switch that tells open event streams the server is stopping.
#[derive(Clone, Debug)]
pub struct Stopping(watch::Receiver<bool>);

impl Stopping {
    /// A switch, off, and the sender that turns it on.
    pub fn new() -> (watch::Sender<bool>, Stopping) {
        let (tx, rx) = watch::channel(false);
        (tx, Stopping(rx))
    }

    /// Resolves once the server is stopping (or its sender is gone).
    pub async fn wait(mut self) {
        let _ = self.0.wait_for(|stopping| *stopping).await;
    }
}
