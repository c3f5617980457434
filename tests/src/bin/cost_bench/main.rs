//! The cost benchmark's driver (tests/bench/cost.sh): finds the most
//! expensive read-only request the server accepts from one user, sends it
//! while other clients keep asking `me`, and reports how long it ran, what
//! it answered, the `me` latencies while it ran, and the server's memory.
//!
//! "Accepted" means the server started executing it (an answer with `data`,
//! or a timeout); a request refused before it runs (depth, complexity,
//! budget) answers at once with no `data`, so the search costs nothing.
use anyhow::{Context, Result};
use clap::Parser;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Parser)]
struct Args {
    /// http://127.0.0.1:PORT
    #[arg(long)]
    server: String,
    #[arg(long)]
    username: String,
    #[arg(long, env = "COST_BENCH_PASSWORD")]
    password: String,
    /// The server's process id, for its resident memory.
    #[arg(long)]
    pid: Option<u32>,
    /// The body cap the server enforces (the request must fit under it).
    #[arg(long, default_value_t = 256 * 1024)]
    body_cap: usize,
    /// Clients asking `me` in a loop while the heavy request runs.
    #[arg(long, default_value_t = 2)]
    me_clients: usize,
    /// Give up on the heavy request after this long (the client side).
    #[arg(long, default_value_t = 120)]
    max_secs: u64,
    /// Label for the RESULT line.
    #[arg(long, default_value = "")]
    label: String,
}

const ME: &str = "query Me { me { id username role canEdit canManageAccounts node { id code name level levelName } } }";

/// One list level: `children` below a node, or the root `nodes` list.
fn shape(levels: usize, first: u32) -> String {
    let leaf = "id code name level";
    let mut inner = leaf.to_string();
    for _ in 1..levels {
        inner = format!("children(first: {first}) {{ totalCount edges {{ node {{ {inner} }} }} }}");
        inner = format!("id code {inner}");
    }
    // The root list starts at the level that leaves `levels` levels of data below it.
    let root_level = match levels {
        3 => "COUNTY",
        2 => "TOWNSHIP",
        _ => "VILLAGE",
    };
    format!("nodes(level: {root_level}, first: {first}) {{ totalCount edges {{ node {{ {inner} }} }} }}")
}

fn query(levels: usize, first: u32, aliases: usize) -> String {
    let one = shape(levels, first);
    let mut q = String::from("query Worst {");
    for i in 0..aliases {
        q.push_str(&format!(" a{i}: {one}"));
    }
    q.push_str(" }");
    q
}

struct Answer {
    status: u16,
    took: Duration,
    bytes: usize,
    body: Option<Value>,
}

async fn post(http: &reqwest::Client, url: &str, token: &str, q: &str) -> Result<Answer> {
    let started = Instant::now();
    let res = http
        .post(url)
        .bearer_auth(token)
        .json(&json!({ "query": q }))
        .send()
        .await?;
    let status = res.status().as_u16();
    let bytes = res.bytes().await?;
    let took = started.elapsed();
    Ok(Answer {
        status,
        took,
        bytes: bytes.len(),
        body: serde_json::from_slice(&bytes).ok(),
    })
}

fn first_error(body: &Option<Value>) -> String {
    body.as_ref()
        .and_then(|b| b["errors"][0].as_object().cloned())
        .map(|e| {
            format!(
                "{} [{}]",
                e.get("message").and_then(Value::as_str).unwrap_or(""),
                e.get("extensions")
                    .and_then(|x| x.get("code"))
                    .and_then(Value::as_str)
                    .unwrap_or("")
            )
        })
        .unwrap_or_default()
}

/// Refused before it ran: an error and no data at all, at once.
fn refused(a: &Answer) -> bool {
    let Some(body) = &a.body else { return false };
    let no_data = body.get("data").is_none_or(Value::is_null);
    let has_errors = body["errors"].as_array().is_some_and(|e| !e.is_empty());
    a.status != 503 && no_data && has_errors
}

fn rss_kb(pid: Option<u32>, key: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid?)).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(key))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let url = format!("{}/graphql", args.server.trim_end_matches('/'));
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(args.max_secs))
        .build()?;
    let login = json!({"query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }",
        "variables": {"u": args.username, "p": args.password}});
    let v: Value = http.post(&url).json(&login).send().await?.json().await?;
    let token = v["data"]["login"]["accessToken"]
        .as_str()
        .context(format!("login failed: {v}"))?
        .to_string();

    // `me` on an idle server first.
    let mut idle = Vec::new();
    for _ in 0..200 {
        let a = post(&http, &url, &token, ME).await?;
        idle.push(a.took.as_secs_f64() * 1000.0);
    }
    idle.sort_by(f64::total_cmp);

    // Clients asking `me` in a loop; each latency with its start time.
    let stop = Arc::new(AtomicBool::new(false));
    let samples: Arc<Mutex<Vec<(Instant, f64, bool)>>> = Arc::default();
    let mut loopers = Vec::new();
    for _ in 0..args.me_clients {
        let (http, url, token, stop, samples) = (
            http.clone(),
            url.clone(),
            token.clone(),
            stop.clone(),
            samples.clone(),
        );
        loopers.push(tokio::spawn(async move {
            let mut n = 0u32;
            while !stop.load(Ordering::Relaxed) && n < 200_000 {
                n += 1;
                let at = Instant::now();
                let ok = match post(&http, &url, &token, ME).await {
                    Ok(a) => {
                        a.status == 200
                            && a.body.as_ref().is_some_and(|b| b["data"]["me"].is_object())
                    }
                    Err(_) => false,
                };
                let ms = at.elapsed().as_secs_f64() * 1000.0;
                if let Ok(mut s) = samples.lock() {
                    s.push((at, ms, ok));
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }));
    }
    // The server's resident memory, sampled while the heavy request runs.
    let peak_rss = Arc::new(Mutex::new(0u64));
    let sampler = {
        let (stop, peak, pid) = (stop.clone(), peak_rss.clone(), args.pid);
        tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                if let (Some(kb), Ok(mut p)) = (rss_kb(pid, "VmRSS:"), peak.lock()) {
                    *p = (*p).max(kb);
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let rss_before = rss_kb(args.pid, "VmRSS:");

    // The search: for each shape (nesting, page size), the most aliases
    // that fit under the body cap and that the server accepts; refusals
    // cost nothing, accepted ones run. The worst is the one that kept the
    // server busiest; once one runs past STOP_AFTER the server is plainly
    // not bounded, and the search stops there.
    const STOP_AFTER: Duration = Duration::from_secs(10);
    let mut tried = 0usize;
    let mut ran = 0usize;
    let mut chosen: Option<(usize, u32, usize, usize, Answer, Instant, Instant)> = None;
    'search: for levels in [3usize, 2, 1] {
        for first in [100u32, 50, 20, 10, 5, 2, 1] {
            let one = shape(levels, first).len() + 8;
            let mut aliases = (args.body_cap - 64) / one;
            loop {
                let q = query(levels, first, aliases);
                let body_len = serde_json::to_vec(&json!({ "query": q }))?.len();
                if body_len < args.body_cap {
                    tried += 1;
                    let started = Instant::now();
                    let a = post(&http, &url, &token, &q).await;
                    let ended = Instant::now();
                    match a {
                        Ok(a) if refused(&a) => {
                            if tried == 1 {
                                println!("   first refusal: {}", first_error(&a.body));
                            }
                        }
                        Ok(a) => {
                            ran += 1;
                            let slow = a.took >= STOP_AFTER;
                            if chosen.as_ref().is_none_or(|c| a.took > c.4.took) {
                                chosen =
                                    Some((levels, first, aliases, body_len, a, started, ended));
                            }
                            if slow {
                                break 'search;
                            }
                            break;
                        }
                        Err(e) => {
                            println!("   client error after {:?}: {e}", started.elapsed());
                            break 'search;
                        }
                    }
                }
                if aliases == 1 {
                    break;
                }
                aliases = (aliases * 7 / 8).max(1);
            }
        }
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, Ordering::Relaxed);
    for l in loopers {
        let _ = l.await;
    }
    let _ = sampler.await;
    let peak = peak_rss.lock().map(|p| *p).unwrap_or(0);
    let hwm = rss_kb(args.pid, "VmHWM:");

    let Some((levels, first, aliases, body_len, a, started, ended)) = chosen else {
        println!("   no accepted heavy request found after {tried} tries");
        return Ok(());
    };
    let samples = samples.lock().map(|s| s.clone()).unwrap_or_default();
    let mut during: Vec<f64> = samples
        .iter()
        .filter(|(at, _, _)| *at >= started && *at <= ended)
        .map(|(_, ms, _)| *ms)
        .collect();
    let failed = samples
        .iter()
        .filter(|(at, _, ok)| *at >= started && *at <= ended && !ok)
        .count();
    during.sort_by(f64::total_cmp);
    let data_nodes = a
        .body
        .as_ref()
        .map(|b| b.to_string().matches("\"code\":").count())
        .unwrap_or(0);
    println!(
        "   search: {tried} requests tried, {ran} accepted and run; refused ones answer in milliseconds"
    );
    println!(
        "   heavy request: {levels} nested lists, first: {first}, {aliases} aliases, body {body_len} bytes"
    );
    println!(
        "   answered HTTP {} after {:.1} s, {} bytes, {} nodes, first error: {}",
        a.status,
        a.took.as_secs_f64(),
        a.bytes,
        data_nodes,
        first_error(&a.body)
    );
    println!(
        "   me while it ran: {} requests, {} failed, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (idle: p50 {:.1} ms, p99 {:.1} ms)",
        during.len(),
        failed,
        pct(&during, 0.5),
        pct(&during, 0.99),
        during.last().copied().unwrap_or(f64::NAN),
        pct(&idle, 0.5),
        pct(&idle, 0.99)
    );
    println!(
        "   server memory: {} MB before, peak {} MB while it ran (VmHWM {} MB)",
        rss_before.unwrap_or(0) / 1024,
        peak / 1024,
        hwm.unwrap_or(0) / 1024
    );
    println!(
        "RESULT|{}|{levels}×first {first}×{aliases} aliases|HTTP {}|{:.1} s|{} KB|{:.1}|{:.1}|{}|{}|{}",
        args.label,
        a.status,
        a.took.as_secs_f64(),
        a.bytes / 1024,
        pct(&during, 0.99),
        pct(&idle, 0.99),
        failed,
        during.len(),
        hwm.unwrap_or(peak) / 1024
    );
    Ok(())
}
