//! Short content hashes: feed bodies (their ETag) and feed tokens (what the feeds
//! table is searched by). A leaf the store's migrations can use without reaching up
//! into the feeds.

use sha2::{Digest, Sha256};

/// The first 16 bytes of SHA-256, in hex.
pub(crate) fn short_hash(text: &str) -> String {
    let d = Sha256::digest(text.as_bytes());
    d.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// What a feed is looked up by: a hash of its token, so neither the index nor the time
/// a lookup takes says anything about how close a guess was.
pub(crate) fn token_hash(token: &str) -> String {
    short_hash(token)
}
