//! Real CalDAV servers for the tests, each on a port the kernel chose, read back (no
//! port picked beforehand that another program could take): Radicale, which logs the
//! port it got, and Xandikos, whose socket is found in /proc.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Radicale {
    pub child: Child,
    pub base: String,
    pub _dir: tempfile::TempDir,
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn radicale() -> Radicale {
    let dir = tempfile::tempdir().unwrap();
    let users = dir.path().join("users");
    std::fs::write(&users, "alice:s3cret\n").unwrap();
    // Each user owns their home; anyone may GET the calendar `public` (no login, no
    // search): the kind of calendar members subscribe to. First matching rule wins.
    let rights = dir.path().join("rights");
    std::fs::write(
        &rights,
        "[owner]\nuser: .+\ncollection: {user}(/.*)?\npermissions: RrWw\n\n\
         [public]\nuser: .*\ncollection: alice/public(/.*)?\npermissions: i\n\n\
         [root]\nuser: .*\ncollection:\npermissions: R\n",
    )
    .unwrap();
    // Port 0: Radicale binds any free port and logs the one it got, which is read back
    // (no window in which another program could take a port picked beforehand).
    // Debian's own python3 has the radicale module; another python3 on PATH may not.
    let mut child = Command::new("/usr/bin/python3")
        .args(["-m", "radicale", "--config", ""])
        .args(["--server-hosts", "127.0.0.1:0", "--logging-level", "info"])
        .args([
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-encryption",
            "plain",
        ])
        .arg("--auth-htpasswd-filename")
        .arg(&users)
        .args(["--rights-type", "from_file", "--rights-file"])
        .arg(&rights)
        .arg("--storage-filesystem-folder")
        .arg(dir.path().join("collections"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("radicale is installed by scripts/install");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        let mut sent = false;
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            // "Listening on '[127.0.0.1]:43127'"
            if let Some(rest) = line.split("Listening on '").nth(1) {
                let address = rest.split('\'').next().unwrap_or_default();
                if let Some(port) = address
                    .rsplit(':')
                    .next()
                    .and_then(|p| p.parse::<u16>().ok())
                {
                    if !sent {
                        let _ = tx.send(port);
                        sent = true;
                    }
                }
            }
        }
    });
    let port = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("radicale did not say where it listens");
    Radicale {
        child,
        base: format!("http://127.0.0.1:{port}"),
        _dir: dir,
    }
}

pub struct Xandikos {
    pub child: Child,
    pub base: String,
    pub _dir: tempfile::TempDir,
}

impl Drop for Xandikos {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port a process listens on, read from the kernel: its socket inodes in
/// /proc/PID/fd matched against the listening sockets in /proc/net/tcp. Xandikos takes
/// port 0 but logs "0", so this is how the kernel's choice is read back.
pub fn listening_port(pid: u32) -> Option<u16> {
    let inodes: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .ok()?
        .flatten()
        .filter_map(|e| std::fs::read_link(e.path()).ok())
        .filter_map(|l| {
            let l = l.to_string_lossy().into_owned();
            l.strip_prefix("socket:[")
                .and_then(|r| r.strip_suffix(']'))
                .map(str::to_owned)
        })
        .collect();
    let table = std::fs::read_to_string("/proc/net/tcp").ok()?;
    table.lines().skip(1).find_map(|line| {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // local_address is HEXIP:HEXPORT; state 0A is LISTEN; column 9 is the inode.
        let listening = cols.get(3) == Some(&"0A");
        let ours = cols.get(9).is_some_and(|i| inodes.iter().any(|n| n == i));
        (listening && ours)
            .then(|| u16::from_str_radix(cols[1].rsplit(':').next()?, 16).ok())
            .flatten()
    })
}

pub fn xandikos() -> Xandikos {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new("xandikos")
        .args(["--defaults", "-l", "127.0.0.1", "-p", "0", "-d"])
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("xandikos is installed by scripts/install");
    // Wait for the listening socket to exist (the condition itself, not a guess of time).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let port = loop {
        if let Some(p) = listening_port(child.id()) {
            break p;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "xandikos exited before listening"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "xandikos did not listen"
        );
        std::thread::yield_now();
    };
    Xandikos {
        child,
        base: format!("http://127.0.0.1:{port}"),
        _dir: dir,
    }
}
