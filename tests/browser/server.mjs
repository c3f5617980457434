// Starts the real `safegrid serve --demo` on a free port with a throw-away
// data directory, and stops it again.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_PASSWORD = 'safegrid-demo';

/// Cargo's target directory: CARGO_TARGET_DIR, else what `cargo metadata` says.
export function targetDir() {
  if (process.env.CARGO_TARGET_DIR) return resolve(REPO, process.env.CARGO_TARGET_DIR);
  const metadata = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(metadata).target_directory;
}

export function serverBinary() {
  const binary = process.env.SAFEGRID_BIN || join(targetDir(), 'debug', 'safegrid');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`cargo build -p api\` first`);
  return binary;
}

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

async function waitForHealth(base, child, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`safegrid exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`safegrid did not become healthy in 60 s:\n${log.join('')}`);
}

/// `options.dataDir`: reuse a data directory (a restart after a crash);
/// `options.keepData`: leave it in place on stop, for the next start.
export async function startServer(options = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'safegrid-browser-'));
  const port = await freePort();
  const env = { ...process.env, SAFEGRID_DATA_DIR: dataDir, SAFEGRID_WEB_DIR: join(REPO, 'frontend', 'dist'), NO_COLOR: '1' };
  delete env.SAFEGRID_DATABASE_URL;
  delete env.SAFEGRID_BIND;
  const child = spawn(serverBinary(), ['serve', '--demo', '--bind', `127.0.0.1:${port}`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child, log);
  return {
    base,
    log,
    dataDir,
    /// The crash: no shutdown, no flush, nothing.
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
