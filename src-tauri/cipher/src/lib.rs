//! SQLCipher's cryptography, done by RustCrypto's crates instead of OpenSSL.
//!
//! Why our own provider: SQLCipher asks its provider for random bytes inside
//! `sqlite3_initialize`, so every start of the app and every CLI run, encrypted database
//! or not, loaded OpenSSL's configuration and providers for sixteen random bytes. That
//! cost the idle app 1.8 MB (PSS, `libcrypto.so.3` pages) and each CLI run 1.4 ms of its
//! 22 ms (bench section 5 and `perf stat -r 20`, 2026-12-07). The provider interface is
//! small, the algorithms are fixed by SQLCipher's file format (AES-256-CBC without
//! padding, HMAC and PBKDF2 over SHA-1, SHA-256 or SHA-512), and the crates that do them
//! are well kept. TLS has since moved to rustls with AWS-LC, so OpenSSL is not linked.
//!
//! SQLCipher finds this provider by the name `.cargo/config.toml` gives it at build
//! time (`SQLCIPHER_CRYPTO_CUSTOM`); `PRAGMA cipher_provider` says which one a build
//! has; the tests below hold it to ours and read files that OpenSSL's provider wrote
//! (`fixtures/`, made before the switch).

use std::ffi::{c_char, c_int, c_uchar, c_void};

use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

/// SQLCipher's algorithm numbers (`SQLCIPHER_HMAC_*`, the same for its key derivation).
const SHA1: c_int = 0;
const SHA256: c_int = 1;
const SHA512: c_int = 2;

/// `CIPHER_ENCRYPT` in SQLCipher; anything else decrypts.
const ENCRYPT: c_int = 1;

const KEY_BYTES: c_int = 32;
const BLOCK_BYTES: c_int = 16;

type Aes256CbcEnc = cbc::Encryptor<aes::Aes256>;
type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

/// `struct sqlcipher_provider` of the SQLCipher that libsqlite3-sys bundles, field for
/// field (a different layout would crash at the first open: the store's tests open
/// encrypted files, so an upgrade that changed it cannot pass them).
#[repr(C)]
pub struct Provider {
    init: Option<unsafe extern "C" fn() -> c_int>,
    shutdown: Option<unsafe extern "C" fn()>,
    get_provider_name: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    add_random: Option<unsafe extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int>,
    hmac: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    kdf: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            c_int,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    cipher: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            *const c_uchar,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    get_cipher: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    get_key_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_iv_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_block_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_hmac_sz: Option<unsafe extern "C" fn(*mut c_void, c_int) -> c_int>,
    ctx_init: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    ctx_free: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    fips_status: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_provider_version: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    /// SQLCipher's own list of providers; left to it.
    next: *mut Provider,
}

/// What `PRAGMA cipher_provider` answers.
const NAME: &std::ffi::CStr = c"rustcrypto";

/// Called by SQLCipher once, the first time SQLite is initialised, to fill in the
/// provider it then registers as the default.
///
/// # Safety
/// `p` is SQLCipher's freshly allocated provider (or null, which is refused).
#[no_mangle]
pub unsafe extern "C" fn homegroup_sqlcipher_setup(p: *mut Provider) -> c_int {
    let Some(p) = (unsafe { p.as_mut() }) else {
        return SQLITE_ERROR;
    };
    p.init = None;
    p.shutdown = None;
    p.get_provider_name = Some(provider_name);
    p.add_random = Some(add_random);
    p.random = Some(random);
    p.hmac = Some(hmac);
    p.kdf = Some(kdf);
    p.cipher = Some(cipher);
    p.get_cipher = Some(cipher_name);
    p.get_key_sz = Some(key_size);
    p.get_iv_sz = Some(block_size);
    p.get_block_sz = Some(block_size);
    p.get_hmac_sz = Some(hmac_size);
    p.ctx_init = Some(no_context);
    p.ctx_free = Some(no_context);
    p.fips_status = Some(not_fips);
    p.get_provider_version = Some(provider_version);
    SQLITE_OK
}

unsafe extern "C" fn provider_name(_: *mut c_void) -> *const c_char {
    NAME.as_ptr()
}

unsafe extern "C" fn provider_version(_: *mut c_void) -> *const c_char {
    c"aes 0.8, cbc 0.1, hmac 0.12, pbkdf2 0.12, sha1 0.10, sha2 0.10".as_ptr()
}

unsafe extern "C" fn cipher_name(_: *mut c_void) -> *const c_char {
    c"AES-256-CBC".as_ptr()
}

unsafe extern "C" fn key_size(_: *mut c_void) -> c_int {
    KEY_BYTES
}

unsafe extern "C" fn block_size(_: *mut c_void) -> c_int {
    BLOCK_BYTES
}

unsafe extern "C" fn hmac_size(_: *mut c_void, algorithm: c_int) -> c_int {
    match algorithm {
        SHA1 => 20,
        SHA256 => 32,
        SHA512 => 64,
        _ => 0,
    }
}

/// No per-connection state: every call stands alone.
unsafe extern "C" fn no_context(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn not_fips(_: *mut c_void) -> c_int {
    0
}

/// The system's generator needs no seeding: what SQLCipher offers is not needed.
unsafe extern "C" fn add_random(_: *mut c_void, _: *const c_void, _: c_int) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn random(_: *mut c_void, buffer: *mut c_void, length: c_int) -> c_int {
    let Some(out) = (unsafe { bytes_mut(buffer.cast(), length) }) else {
        return SQLITE_ERROR;
    };
    match getrandom::fill(out) {
        Ok(()) => SQLITE_OK,
        Err(_) => SQLITE_ERROR,
    }
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn hmac(
    _: *mut c_void,
    algorithm: c_int,
    key: *const c_uchar,
    key_size: c_int,
    input: *const c_uchar,
    input_size: c_int,
    input2: *const c_uchar,
    input2_size: c_int,
    out: *mut c_uchar,
) -> c_int {
    let (Some(key), Some(input)) = (unsafe { bytes(key, key_size) }, unsafe {
        bytes(input, input_size)
    }) else {
        return SQLITE_ERROR;
    };
    // The second part is optional (SQLCipher passes the page number there).
    let input2 = if input2.is_null() {
        &[][..]
    } else {
        match unsafe { bytes(input2, input2_size) } {
            Some(b) => b,
            None => return SQLITE_ERROR,
        }
    };
    let size = unsafe { hmac_size(std::ptr::null_mut(), algorithm) };
    let Some(out) = (unsafe { bytes_mut(out, size) }) else {
        return SQLITE_ERROR;
    };
    let done = match algorithm {
        SHA1 => mac::<Hmac<sha1::Sha1>>(key, input, input2, out),
        SHA256 => mac::<Hmac<sha2::Sha256>>(key, input, input2, out),
        SHA512 => mac::<Hmac<sha2::Sha512>>(key, input, input2, out),
        _ => false,
    };
    if done {
        SQLITE_OK
    } else {
        SQLITE_ERROR
    }
}

fn mac<M: Mac + KeyInit>(key: &[u8], input: &[u8], input2: &[u8], out: &mut [u8]) -> bool {
    let Ok(mut m) = <M as KeyInit>::new_from_slice(key) else {
        return false;
    };
    m.update(input);
    m.update(input2);
    out.copy_from_slice(&m.finalize().into_bytes());
    true
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn kdf(
    _: *mut c_void,
    algorithm: c_int,
    pass: *const c_uchar,
    pass_size: c_int,
    salt: *const c_uchar,
    salt_size: c_int,
    rounds: c_int,
    key_size: c_int,
    key: *mut c_uchar,
) -> c_int {
    let (Some(pass), Some(salt), Some(key)) = (
        unsafe { bytes(pass, pass_size) },
        unsafe { bytes(salt, salt_size) },
        unsafe { bytes_mut(key, key_size) },
    ) else {
        return SQLITE_ERROR;
    };
    let Ok(rounds) = u32::try_from(rounds) else {
        return SQLITE_ERROR;
    };
    if rounds == 0 {
        return SQLITE_ERROR;
    }
    match algorithm {
        SHA1 => pbkdf2::pbkdf2::<Hmac<sha1::Sha1>>(pass, salt, rounds, key),
        SHA256 => pbkdf2::pbkdf2::<Hmac<sha2::Sha256>>(pass, salt, rounds, key),
        SHA512 => pbkdf2::pbkdf2::<Hmac<sha2::Sha512>>(pass, salt, rounds, key),
        _ => return SQLITE_ERROR,
    }
    .map_or(SQLITE_ERROR, |()| SQLITE_OK)
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn cipher(
    _: *mut c_void,
    mode: c_int,
    key: *const c_uchar,
    key_size: c_int,
    iv: *const c_uchar,
    input: *const c_uchar,
    input_size: c_int,
    out: *mut c_uchar,
) -> c_int {
    if key_size != KEY_BYTES || input_size < 0 || input_size % BLOCK_BYTES != 0 {
        return SQLITE_ERROR;
    }
    let (Some(key), Some(iv)) = (unsafe { bytes(key, KEY_BYTES) }, unsafe {
        bytes(iv, BLOCK_BYTES)
    }) else {
        return SQLITE_ERROR;
    };
    if input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    // The page is copied to `out` and worked on there: SQLCipher's buffers do not
    // overlap today, and a copy (memmove) stays right if they ever do.
    unsafe { std::ptr::copy(input, out, input_size as usize) };
    let Some(data) = (unsafe { bytes_mut(out, input_size) }) else {
        return SQLITE_ERROR;
    };
    // Whole blocks, no padding: the page is a multiple of the block size.
    let blocks = data.chunks_exact_mut(BLOCK_BYTES as usize);
    if mode == ENCRYPT {
        let Ok(mut c) = Aes256CbcEnc::new_from_slices(key, iv) else {
            return SQLITE_ERROR;
        };
        blocks.for_each(|b| c.encrypt_block_mut(aes::Block::from_mut_slice(b)));
    } else {
        let Ok(mut c) = Aes256CbcDec::new_from_slices(key, iv) else {
            return SQLITE_ERROR;
        };
        blocks.for_each(|b| c.decrypt_block_mut(aes::Block::from_mut_slice(b)));
    }
    SQLITE_OK
}

/// `length` bytes at `p`, or `None` for a null pointer or a negative length.
unsafe fn bytes<'a>(p: *const c_uchar, length: c_int) -> Option<&'a [u8]> {
    let length = usize::try_from(length).ok()?;
    if length == 0 {
        return Some(&[]);
    }
    (!p.is_null()).then(|| unsafe { std::slice::from_raw_parts(p, length) })
}

unsafe fn bytes_mut<'a>(p: *mut c_uchar, length: c_int) -> Option<&'a mut [u8]> {
    let length = usize::try_from(length).ok()?;
    if length == 0 {
        return Some(&mut []);
    }
    (!p.is_null()).then(|| unsafe { std::slice::from_raw_parts_mut(p, length) })
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use rusqlite::Connection;

    const PASSPHRASE: &str = "correct horse battery staple";

    /// Files OpenSSL's provider wrote (SQLCipher 4's defaults, version 3's SHA-1, and
    /// SHA-256 for both MAC and key), 120 rows of non-ASCII text across several pages.
    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .join(name)
    }

    fn open(path: &Path, setup: &str) -> rusqlite::Result<Connection> {
        let c = Connection::open(path)?;
        c.pragma_update(None, "key", PASSPHRASE)?;
        c.execute_batch(setup)?;
        Ok(c)
    }

    fn rows(c: &Connection) -> rusqlite::Result<Vec<String>> {
        c.prepare("SELECT x FROM t ORDER BY n")?
            .query_map([], |r| r.get(0))?
            .collect()
    }

    fn expected() -> Vec<String> {
        (0..120)
            .map(|n| format!("Reunião {n}: جلسه «{n}» Ünïcode — {}", "x".repeat(n % 40)))
            .collect()
    }

    const SETUPS: [(&str, &str); 3] = [
        ("v4-sha512.sqlite3", ""),
        ("v3-sha1.sqlite3", "PRAGMA cipher_compatibility = 3;"),
        (
            "sha256.sqlite3",
            "PRAGMA cipher_hmac_algorithm = HMAC_SHA256; PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256; PRAGMA kdf_iter = 10000;",
        ),
    ];

    #[test]
    fn sqlcipher_uses_this_provider() {
        let dir = tempfile::tempdir().unwrap();
        let c = open(&dir.path().join("a.sqlite3"), "").unwrap();
        let name: String = c
            .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, super::NAME.to_str().unwrap());
    }

    #[test]
    fn files_openssl_encrypted_read_the_same() {
        for (name, setup) in SETUPS {
            let dir = tempfile::tempdir().unwrap();
            let copy = dir.path().join(name);
            std::fs::copy(fixture(name), &copy).unwrap();
            let c = open(&copy, setup).unwrap();
            assert_eq!(rows(&c).unwrap(), expected(), "{name}");
            // Every page's MAC checked, not only the pages the rows are on.
            let problems: Vec<String> = c
                .prepare("PRAGMA cipher_integrity_check")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert!(problems.is_empty(), "{name}: {problems:?}");
        }
    }

    #[test]
    fn a_wrong_passphrase_or_a_changed_byte_is_refused() {
        let (name, setup) = SETUPS[0];
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join(name);
        std::fs::copy(fixture(name), &copy).unwrap();
        let c = Connection::open(&copy).unwrap();
        c.pragma_update(None, "key", "not the passphrase").unwrap();
        assert!(rows(&c).is_err(), "a wrong passphrase read the file");
        drop(c);
        // One byte of the second page's ciphertext: its MAC no longer matches.
        let mut bytes = std::fs::read(&copy).unwrap();
        bytes[4096 + 100] ^= 1;
        std::fs::write(&copy, &bytes).unwrap();
        let c = open(&copy, setup).unwrap();
        assert!(rows(&c).is_err(), "a changed page was read");
    }

    #[test]
    fn what_it_writes_reads_back_and_is_not_plaintext() {
        for (name, setup) in SETUPS {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(name);
            {
                let c = open(&path, setup).unwrap();
                c.execute_batch("CREATE TABLE t(n INTEGER PRIMARY KEY, x TEXT NOT NULL)")
                    .unwrap();
                for (n, x) in expected().iter().enumerate() {
                    c.execute("INSERT INTO t(n, x) VALUES (?1, ?2)", (n as i64, x))
                        .unwrap();
                }
            }
            let bytes = std::fs::read(&path).unwrap();
            assert!(!bytes.starts_with(b"SQLite format 3"), "{name}");
            assert!(
                !bytes.windows(5).any(|w| w == b"Reuni"),
                "{name}: plaintext in the file"
            );
            let c = open(&path, setup).unwrap();
            assert_eq!(rows(&c).unwrap(), expected(), "{name}");
        }
    }
}
