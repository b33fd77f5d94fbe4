//! Tesseract processes kept running between pages. A process is started
//! once for a set of settings (it loads its model once, ~0.15 s) and then
//! fed page images one list at a time through its standard input
//! (`-c stream_filelist=1`): it reads a path, writes that page's TSV to
//! its output at once (flushed), and waits for the next path. After each
//! list comes a blank image of a few pixels; its TSV row (page level, the
//! next page number) says the list is read through. A process that fails,
//! dies or overruns the time limit is killed, never reused.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// The first row of a TSV: every page's TSV starts with it, as a run of
/// one image does.
pub const TSV_HEADER: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

/// The processes not in use, each with its settings; at most one a job
/// and setting, as each job uses one at a time.
#[derive(Clone, Default)]
pub struct Engines(Arc<Mutex<Vec<Engine>>>);

impl std::fmt::Debug for Engines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Engines({} idle)", self.idle())
    }
}

impl Engines {
    /// Reads the image files with these settings (Tesseract's arguments
    /// after the input and output), one TSV each, header first, within
    /// `limit`.
    pub fn read(&self, files: &[PathBuf], settings: &[&str], limit: Duration) -> Result<Vec<String>, String> {
        let idle = {
            let mut all = self.0.lock().unwrap_or_else(|e| e.into_inner());
            all.iter().position(|e| e.settings == settings).map(|i| all.swap_remove(i))
        };
        let mut engine = match idle {
            Some(e) => e,
            None => Engine::start(settings)?,
        };
        let pages = engine
            .read(files, Instant::now() + limit)
            .map_err(|e| e.unwrap_or_else(|| format!("tesseract gave no answer within {} s", limit.as_secs())))?;
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(engine);
        Ok(pages)
    }

    /// How many processes wait for work.
    pub fn idle(&self) -> usize {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// One running Tesseract.
struct Engine {
    settings: Vec<String>,
    child: Child,
    input: ChildStdin,
    output: mpsc::Receiver<Vec<u8>>,
    /// Its last lines of diagnostics (not the "Page n : path" ones).
    said: Arc<Mutex<Vec<String>>>,
    listener: Option<std::thread::JoinHandle<()>>,
    /// Pages it has read (its TSV numbers them on from 1).
    pages: usize,
    /// Output not yet taken: part of a row.
    rest: Vec<u8>,
    /// Holds the blank image.
    dir: tempfile::TempDir,
}

impl Engine {
    fn start(settings: &[&str]) -> Result<Engine, String> {
        let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
        std::fs::write(dir.path().join("blank.pgm"), blank()).map_err(|e| format!("cannot write a temporary file: {e}"))?;
        let mut child = Command::new("tesseract")
            .args(["-", "stdout"])
            .args(settings)
            .args(["-c", "stream_filelist=1", "tsv"])
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => "OCR needs tesseract (apt-get install tesseract-ocr tesseract-ocr-vie)".to_string(),
                _ => format!("cannot run tesseract: {e}"),
            })?;
        let (Some(input), Some(mut stdout), Some(stderr)) = (child.stdin.take(), child.stdout.take(), child.stderr.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err("cannot talk to tesseract".into());
        };
        let (tx, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = vec![0; 1 << 16];
            while let Ok(n @ 1..) = stdout.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let said = Arc::new(Mutex::new(Vec::new()));
        let said2 = Arc::clone(&said);
        let listener = std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.starts_with("Page ") || line.trim().is_empty() {
                    continue;
                }
                let mut s = said2.lock().unwrap_or_else(|e| e.into_inner());
                if s.len() == 4 {
                    s.remove(0);
                }
                s.push(line);
            }
        });
        Ok(Engine {
            settings: settings.iter().map(|s| s.to_string()).collect(),
            child,
            input,
            output,
            said,
            listener: Some(listener),
            pages: 0,
            rest: Vec::new(),
            dir,
        })
    }

    /// Feeds the files and then the blank image; gathers each file's rows
    /// until the blank one's page row comes. Fails with why, or with
    /// nothing when the deadline passed.
    fn read(&mut self, files: &[PathBuf], deadline: Instant) -> Result<Vec<String>, Option<String>> {
        let first = self.pages + 1;
        let blank = first + files.len();
        let mut list = String::new();
        for f in files.iter().map(PathBuf::as_path).chain([self.dir.path().join("blank.pgm").as_path()]) {
            let f = f.to_str().filter(|s| !s.contains('\n')).ok_or_else(|| Some(format!("cannot pass {} to tesseract", f.display())))?;
            list.push_str(f);
            list.push('\n');
        }
        if self.input.write_all(list.as_bytes()).and_then(|()| self.input.flush()).is_err() {
            return Err(Some(self.failed()));
        }
        let mut pages = vec![TSV_HEADER.to_string(); files.len()];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.rest.extend_from_slice(&bytes),
                Err(mpsc::RecvTimeoutError::Timeout) => return Err(None),
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(Some(self.failed())),
            }
            let Some(end) = self.rest.iter().rposition(|&b| b == b'\n') else { continue };
            let rows: Vec<u8> = self.rest.drain(..=end).collect();
            let mut through = false;
            for row in String::from_utf8_lossy(&rows).lines() {
                let mut f = row.splitn(3, '\t');
                let (level, page) = (f.next().unwrap_or(""), f.next().and_then(|p| p.parse::<usize>().ok()));
                match page {
                    Some(p) if p == blank && level == "1" => through = true,
                    // Numbered as the one page of its TSV, whichever run read it.
                    Some(p) if (first..blank).contains(&p) => {
                        let page = &mut pages[p - first];
                        page.push_str(level);
                        page.push_str("\t1\t");
                        page.push_str(f.next().unwrap_or(""));
                        page.push('\n');
                    }
                    _ => {}
                }
            }
            if through {
                self.pages = blank;
                return Ok(pages);
            }
        }
    }

    /// Why the process stopped: its last words.
    fn failed(&mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Its diagnostics are all read once it is gone.
        if let Some(l) = self.listener.take() {
            let _ = l.join();
        }
        let said = self.said.lock().unwrap_or_else(|e| e.into_inner());
        format!("tesseract failed: {}", said.last().map(|s| s.trim()).unwrap_or("it stopped"))
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A white 16 × 16 grey image (PGM): read in a millisecond, no words.
fn blank() -> Vec<u8> {
    let mut b = b"P5\n16 16\n255\n".to_vec();
    b.resize(b.len() + 256, 255);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grey(dir: &std::path::Path, name: &str, w: usize, h: usize) -> PathBuf {
        let p = dir.join(name);
        let mut b = format!("P5\n{w} {h}\n255\n").into_bytes();
        b.resize(b.len() + w * h, 255);
        std::fs::write(&p, b).unwrap();
        p
    }

    #[test]
    fn one_process_reads_list_after_list_each_page_apart() {
        if !crate::read::ocr::available() {
            eprintln!("tesseract missing: skipped");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (grey(dir.path(), "a.pgm", 40, 30), grey(dir.path(), "b.pgm", 50, 20), grey(dir.path(), "c.pgm", 24, 60));
        let engines = Engines::default();
        let settings = ["-l", "vie", "--psm", "6"];
        let limit = Duration::from_secs(60);
        // Each page's TSV is its own, numbered page 1, header first.
        let first = engines.read(&[a.clone(), b.clone()], &settings, limit).unwrap();
        assert_eq!(
            first,
            [
                format!("{TSV_HEADER}1\t1\t0\t0\t0\t0\t0\t0\t40\t30\t-1\t\n"),
                format!("{TSV_HEADER}1\t1\t0\t0\t0\t0\t0\t0\t50\t20\t-1\t\n")
            ]
        );
        assert_eq!(engines.idle(), 1);
        // The same process reads on; the pages it read before do not leak in.
        let second = engines.read(&[c.clone(), a], &settings, limit).unwrap();
        assert!(second[0].contains("\t24\t60\t") && second[1].contains("\t40\t30\t"), "{second:?}");
        assert_eq!(engines.idle(), 1);
        // Other settings: another process.
        engines.read(&[b], &["-l", "vie", "--psm", "7"], limit).unwrap();
        assert_eq!(engines.idle(), 2);
        // A file that is no image: the error is told and that process is gone; the next read starts one anew.
        let bad = dir.path().join("bad.pgm");
        std::fs::write(&bad, "no image").unwrap();
        let err = engines.read(&[bad], &settings, limit).unwrap_err();
        assert!(err.starts_with("tesseract failed: "), "{err}");
        assert_eq!(engines.idle(), 1);
        assert!(engines.read(&[c], &settings, limit).unwrap()[0].contains("\t24\t60\t"));
    }
}
