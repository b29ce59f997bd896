// Times the wasm build of ../wasm-bench (see Cargo.toml): node run.mjs [chunk KiB]
import { readFileSync } from 'node:fs';
const wasm = readFileSync(new URL('target/wasm32-unknown-unknown/release/injixo_csv_wasm_bench.wasm', import.meta.url));
const { instance } = await WebAssembly.instantiate(wasm, {});
const x = instance.exports;
function generate(size) {
  let rows = ['Queue;Date;Time;Offered;Answered;Duration;Channel\n'], len = rows[0].length;
  const ch = ['calls', 'chats', 'emails'], p = (n) => String(n).padStart(2, '0');
  for (let i = 0; ; i++) {
    const t = i * 7, day = 1 + Math.floor(t / 86400) % 28, secs = t % 86400;
    const month = 1 + Math.floor(t / (86400 * 28)) % 12, handled = i % 5 !== 0 ? 1 : 0;
    const row = `Queue ${i % 40};${p(day)}/${p(month)}/2024;${p(Math.floor(secs / 3600))}:${p(Math.floor(secs / 60) % 60)}:${p(secs % 60)};1;${handled};${handled * (60 + i % 600)};${ch[i % 3]}\n`;
    if (len + row.length > size) break;
    rows.push(row); len += row.length;
  }
  return new TextEncoder().encode(rows.join(''));
}
const put = (bytes) => { const ptr = x.alloc(bytes.length); new Uint8Array(x.memory.buffer, ptr, bytes.length).set(bytes); return ptr; };
const file = generate(7 * 1024 * 1024), fptr = put(file);
const CHUNK = Number(process.argv[2] ?? 256) * 1024;
let t0 = performance.now(), longest = 0;
const a = x.analyzer_new();
for (let o = 0; o < file.length; o += CHUNK) {
  const t = performance.now();
  x.analyzer_feed(a, fptr + o, Math.min(CHUNK, file.length - o));
  longest = Math.max(longest, performance.now() - t);
}
const r = x.analyzer_finish(a);
const total = performance.now() - t0;
const rows = Number(r / 1000000n);
console.log(`wasm (node ${process.version}): 7 MB analysis ${total.toFixed(1)} ms, ${(rows / total * 1000).toFixed(0)} rows/s, longest ${CHUNK / 1024} KiB chunk ${longest.toFixed(1)} ms, errors ${r % 1000000n}`);
const sample = file.subarray(0, file.subarray(0, 1000000).lastIndexOf(10) + 1), sptr = put(sample);
t0 = performance.now(); const p = x.preview_new(sptr, sample.length); const split = performance.now() - t0;
const times = [];
for (let i = 0; i < 50; i++) { const t = performance.now(); x.preview_apply(p); times.push(performance.now() - t); }
const first = times[0];
times.sort((a, b) => a - b);
console.log(`first run ${first.toFixed(2)} ms; wasm: 1 MB sample: split ${split.toFixed(1)} ms; re-apply median ${times[25].toFixed(2)} ms, min ${times[0].toFixed(2)} ms, max ${times[49].toFixed(2)} ms (50 runs)`);
