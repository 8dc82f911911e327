// Summarises a V8 .cpuprofile: self time by function and by package (node_modules/<pkg>, our src, node internals),
// and inclusive time of our own functions. Usage: node bench/profile-summary.mjs <file.cpuprofile | dir> [top=40] [fromS-toS]
// (given the BENCH_CPU_PROFILE folder, it reads the largest profile there: the main thread's, not the checkpointer's).
// (the optional window keeps the samples taken between fromS and toS seconds after the profile started).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [given, topArg, windowArg] = process.argv.slice(2);
const file =
  given && statSync(given).isDirectory()
    ? readdirSync(given)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(given, f))
        .sort((a, b) => statSync(b).size - statSync(a).size)[0]
    : given;
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map();
const dt = profile.timeDeltas;
const [fromS, toS] = windowArg ? windowArg.split('-').map(Number) : [0, Infinity];
let clock = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  clock += dt[i] ?? 0;
  if (clock < fromS * 1e6 || clock > toS * 1e6) continue;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

function where(n) {
  const url = n.callFrame.url || '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (/\/dist\//.test(url)) return 'app:' + url.replace(/.*\/dist\//, '').split('/')[0];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
}
const label = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url || '').replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')}:${n.callFrame.lineNumber + 1}`;
const pct = (v) => ((100 * v) / total).toFixed(1).padStart(5) + '%';

const fnSelf = new Map();
const pkgSelf = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  fnSelf.set(label(n), (fnSelf.get(label(n)) ?? 0) + t);
  pkgSelf.set(where(n), (pkgSelf.get(where(n)) ?? 0) + t);
}
// Inclusive time per function label (each sample counted once per label on its stack).
const incl = new Map();
for (const [id, t] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + t);
  }
}
const show = (title, map, n, filter = () => true) => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...map]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n))
    console.log(pct(v), k);
};
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
show('self time by package', pkgSelf, top);
show('self time by function', fnSelf, top);
show('inclusive time, our code', incl, top, (k) => k.includes('dist/'));
show('inclusive time, everything', incl, top);
