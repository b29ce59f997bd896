import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Global teardown: prints the fault matrix (step × fault → pass/—) from the result
// files the cells of e2e/tests/faults.spec.ts wrote.
export default function report() {
  const dir = path.resolve(__dirname, '../test-results/fault-matrix');
  if (!existsSync(dir)) return;
  const cells = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  if (cells.length === 0) return;
  const steps = [...new Set(cells.map((c) => c.step))];
  const faults = ['latency', '500', '503', 'hang', 'drop', 'malformed', '401', '403', '409', '422'];
  const pass = new Set(cells.filter((c) => c.pass).map((c) => `${c.step}|${c.fault}`));
  const rows = [['step \\ fault', ...faults], ...steps.map((s) => [s, ...faults.map((f) => (pass.has(`${s}|${f}`) ? 'pass' : 'FAIL'))])];
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('\nFault matrix (e2e/tests/faults.spec.ts):');
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join('  '));
  console.log(`${pass.size} of ${steps.length * faults.length} cells pass\n`);
}
