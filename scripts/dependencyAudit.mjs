// Dependency audit for CI, with whatever the registry offers: npm's advisories when the endpoint answers (high and
// critical advisories in production dependencies fail, unless allowed with a reason in audit-allowlist.json), and
// the registry's deprecation notices of the direct dependencies. An unavailable endpoint is reported, not fatal.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FAILING = new Set(['high', 'critical']);

/**
 * What `npm audit --json` said, as lines to print and whether CI must fail. `report` is the parsed JSON; `allowed`
 * maps a package name to the reason it is accepted for now.
 */
export function summariseAudit(report, allowed = {}) {
  if (!report || typeof report !== 'object' || !report.vulnerabilities) {
    const why = report?.message ?? report?.error?.summary ?? 'no vulnerability report';
    return { available: false, fail: false, lines: [`advisories: the registry's audit endpoint is unavailable (${why}); nothing was checked against advisories`] };
  }
  const lines = [];
  let fail = false;
  for (const [name, v] of Object.entries(report.vulnerabilities)) {
    const severe = FAILING.has(v.severity);
    const reason = allowed[name];
    const verdict = severe && !reason ? 'FAIL' : severe ? `allowed: ${reason}` : 'warn';
    if (severe && !reason) fail = true;
    lines.push(`${verdict.padEnd(5)} ${v.severity.padEnd(8)} ${name}${v.fixAvailable ? ' (fix available)' : ''}`);
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  lines.unshift(`advisories: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  return { available: true, fail, lines };
}

function run(cmd, args) {
  return new Promise((resolve) => execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => resolve({ err, stdout, stderr })));
}

async function deprecations(registry, deps) {
  const found = [];
  await Promise.all(
    Object.entries(deps).map(async ([name, version]) => {
      try {
        const r = await fetch(`${registry}${name.replace('/', '%2f')}/${version}`, { signal: AbortSignal.timeout(10_000) });
        if (!r.ok) return;
        const meta = await r.json();
        if (meta.deprecated) found.push(`deprecated: ${name}@${version}: ${meta.deprecated}`);
      } catch {
        // The registry is best-effort here: a package it cannot answer for is not a finding.
      }
    }),
  );
  return found.sort();
}

async function main() {
  const audit = await run('npm', ['audit', '--omit=dev', '--json']);
  let report = null;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    report = { message: (audit.stderr || 'no output').split('\n')[0] };
  }
  const allowed = JSON.parse(readFileSync('audit-allowlist.json', 'utf8')).allowed ?? {};
  const summary = summariseAudit(report, allowed);
  for (const l of summary.lines) console.log(l);

  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const direct = Object.fromEntries(
    Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).map((n) => [n, lock.packages?.[`node_modules/${n}`]?.version]).filter(([, v]) => v),
  );
  const registry = ((await run('npm', ['config', 'get', 'registry'])).stdout.trim() || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
  const dep = await deprecations(registry, direct);
  console.log(`deprecation notices of ${Object.keys(direct).length} direct dependencies: ${dep.length}`);
  for (const l of dep) console.log(l);
  if (summary.fail) {
    console.error('High or critical advisories in production dependencies: update them, or allow one with a reason in audit-allowlist.json.');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
