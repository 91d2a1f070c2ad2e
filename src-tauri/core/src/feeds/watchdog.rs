//! A connection that makes no progress is closed: the feed server's defence against
//! clients that hold a connection without using it.
//!
//! Calendar apps send a small GET, read the answer at once and either ask again or
//! go. A client that pipelines requests and never reads the answers, or keeps an idle
//! keep-alive connection, or dribbles bytes, holds one of the server's connections
//! while giving it nothing to do. [`Watchdog`] wraps the socket: any read or write
//! that has to wait longer than the allowed stall since the last byte moved fails
//! with `TimedOut`, and hyper closes the connection.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

pub struct Watchdog<T> {
    inner: T,
    stall: Duration,
    /// When a byte last moved. The deadline is this plus `stall`, but the timer is
    /// moved there only when it goes off: moving it on every read and write put two
    /// timer-wheel updates (and their lock) on every request of a busy keep-alive
    /// connection; now there is at most one per `stall`.
    last: Instant,
    deadline: Pin<Box<Sleep>>,
}

impl<T> Watchdog<T> {
    pub fn new(inner: T, stall: Duration) -> Self {
        Watchdog {
            inner,
            stall,
            last: Instant::now(),
            deadline: Box::pin(tokio::time::sleep(stall)),
        }
    }

    fn progressed(&mut self) {
        self.last = Instant::now();
    }

    /// Called when the inner socket is not ready: fails once the stall since the last
    /// byte is used up (the deadline's waker makes sure this is polled again when it
    /// is); a timer that goes off early, because bytes moved since it was set, is set
    /// again to the real deadline.
    fn waiting(&mut self, cx: &mut Context<'_>) -> Poll<io::Error> {
        loop {
            match self.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    let due = self.last + self.stall;
                    if due > Instant::now() {
                        self.deadline.as_mut().reset(due);
                        continue;
                    }
                    return Poll::Ready(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "the client made no progress",
                    ));
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<T> Watchdog<T> {
    /// A write's outcome: bytes out reset the clock; a wait counts against it.
    fn wrote(
        &mut self,
        cx: &mut Context<'_>,
        r: Poll<io::Result<usize>>,
    ) -> Poll<io::Result<usize>> {
        match r {
            Poll::Ready(Ok(n)) => {
                if n > 0 {
                    self.progressed();
                }
                Poll::Ready(Ok(n))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => self.waiting(cx).map(Err),
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Watchdog<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before {
                    this.progressed();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => this.waiting(cx).map(Err),
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Watchdog<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let written = Pin::new(&mut this.inner).poll_write(cx, data);
        this.wrote(cx, written)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_flush(cx) {
            Poll::Pending => this.waiting(cx).map(Err),
            ready => ready,
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let written = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        this.wrote(cx, written)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test(start_paused = true)]
    async fn a_silent_peer_is_cut_off_and_a_talking_one_is_not() {
        let (a, mut b) = tokio::io::duplex(64);
        let mut w = Watchdog::new(a, Duration::from_secs(5));
        // Bytes every 4 s keep it alive past the 5 s stall.
        let talker = tokio::spawn(async move {
            for _ in 0..3 {
                tokio::time::sleep(Duration::from_secs(4)).await;
                b.write_all(b"x").await.unwrap();
            }
            b
        });
        let mut got = [0u8; 1];
        for _ in 0..3 {
            w.read_exact(&mut got).await.unwrap();
        }
        let _b = talker.await.unwrap();
        // Then silence: the next read fails after the stall.
        let err = w.read(&mut got).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[tokio::test(start_paused = true)]
    async fn a_peer_that_never_reads_stops_a_write() {
        let (a, _b) = tokio::io::duplex(16);
        let mut w = Watchdog::new(a, Duration::from_secs(5));
        let err = w.write_all(&[0u8; 1024]).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }
}
