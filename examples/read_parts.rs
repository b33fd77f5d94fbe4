use std::time::Instant;
fn main() {
    let rules = chitieu::Rules::builtin().unwrap();
    let dir = std::env::args().nth(1).unwrap();
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    let t = Instant::now();
    let bytes: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    println!("fs::read {:?}", t.elapsed());
    let t = Instant::now();
    for b in &bytes { use sha2::Digest; let _ = sha2::Sha256::digest(b); }
    println!("sha256 {:?}", t.elapsed());
    let t = Instant::now();
    let mut texts = Vec::new();
    for b in &bytes { texts.push(chitieu::read::decode::decode(b, &rules).unwrap().text); }
    println!("decode {:?}", t.elapsed());
    let t = Instant::now();
    for s in &texts { let _ = chitieu::legacy::detect(s, &rules.legacy); }
    println!("detect again {:?}", t.elapsed());
    let t = Instant::now();
    for s in &texts { let _ = chitieu::read::html::looks_like_html(s); }
    println!("html sniff {:?}", t.elapsed());
    let t = Instant::now();
    for s in &texts { let v: Vec<String> = s.lines().map(|l| l.to_string()).collect(); std::hint::black_box(v); }
    println!("lines {:?}", t.elapsed());
}
