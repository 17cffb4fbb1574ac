//! Writers that take whatever arrived while they were writing: concurrent
//! requests share one database write (group commit). Used for reports
//! (`reports::group_commit`) and limit counters (`limits::batch`).

use std::future::Future;

use tokio::sync::mpsc;

use super::Db;

/// Items waiting for the writer; beyond this, senders wait.
const QUEUE: usize = 4096;

/// Starts a task that hands `write` the items sent to the returned queue,
/// at most `largest` at a time: the first one waiting and every other one
/// already there. Alone, an item is written at once; nobody waits for a
/// batch to fill.
pub fn start_writer<T, W, F>(db: Db, largest: usize, write: W) -> mpsc::Sender<T>
where
    T: Send + 'static,
    W: Fn(Db, Vec<T>) -> F + Send + 'static,
    F: Future<Output = ()> + Send,
{
    let (sender, mut receiver) = mpsc::channel::<T>(QUEUE);
    tokio::spawn(async move {
        while let Some(first) = receiver.recv().await {
            let mut batch = vec![first];
            while batch.len() < largest {
                match receiver.try_recv() {
                    Ok(next) => batch.push(next),
                    Err(_) => break,
                }
            }
            write(db.clone(), batch).await;
        }
    });
    sender
}
