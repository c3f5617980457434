// SECURITY.md 29: `kill -9` of the server in the middle of writes loses no
// acknowledged write and leaves an intact SQLite database and audit chain.
// The real binary, real HTTP, a real crash; run with `node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, serverBinary, DEMO_PASSWORD } from '../browser/server.mjs';
import { graphql, login } from '../browser/graphql.mjs';

const CREATE = 'mutation($p: ID!, $n: String!) { createNode(input: { parentId: $p, name: $n }) { code } }';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function sqliteIntegrity(file) {
  const script = 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])';
  return execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim();
}

test('kill -9 during writes keeps every acknowledged write and an intact database', async () => {
  const first = await startServer({ keepData: true });
  const dataDir = first.dataDir;
  try {
    const token = await login(first.base, 'heba', DEMO_PASSWORD);
    const found = await graphql(first.base, '{ nodes(level: VILLAGE, first: 100) { edges { node { id } } } }', {}, token);
    const villages = found.nodes.edges.map((e) => e.node.id);
    assert.ok(villages.length >= 3, 'heba has villages to add groups to');

    const acknowledged = [];
    let crashed = false;
    const writers = villages.map(async (parent, w) => {
      for (let n = 0; !crashed; n++) {
        try {
          const data = await graphql(first.base, CREATE, { p: parent, n: `断电测试${w}-${n}` }, token);
          acknowledged.push(data.createNode.code);
        } catch {
          return; // the server is gone
        }
      }
    });
    const deadline = Date.now() + 30_000;
    while (acknowledged.length < 40 && Date.now() < deadline) await sleep(20);
    await first.kill9();
    crashed = true;
    await Promise.allSettled(writers);
    assert.ok(acknowledged.length >= 40, `only ${acknowledged.length} writes before the crash`);

    assert.equal(sqliteIntegrity(join(dataDir, 'safegrid.db')), 'ok');

    const second = await startServer({ dataDir, keepData: true });
    try {
      const again = await login(second.base, 'heba', DEMO_PASSWORD);
      for (const code of acknowledged) {
        const hit = await graphql(second.base, 'query($q: String) { nodes(search: $q) { totalCount } }', { q: code }, again);
        assert.equal(hit.nodes.totalCount, 1, `acknowledged group ${code} is missing after the crash`);
      }
    } finally {
      await second.stop();
    }
    const audit = execFileSync(serverBinary(), ['verify-audit'], {
      env: { ...process.env, SAFEGRID_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    assert.match(audit, /audit chain intact/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
