/** `npm run portal`: Mailpit and the mock portal for a person to click through. Ctrl+C stops both. */
import { spawn, type ChildProcess } from 'node:child_process';
import { config } from '../fixtures/config.js';
import { services } from './services.js';

const children: ChildProcess[] = [];

async function waitUntilHealthy(url: string, name: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url} within 30 s`);
}

function stopAll(code: number): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  for (const service of services(config)) {
    const child = spawn(service.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...service.env } });
    child.on('exit', (code) => {
      console.error(`${service.name} exited (${code ?? 'signal'}); stopping.`);
      stopAll(1);
    });
    children.push(child);
    await waitUntilHealthy(service.healthUrl, service.name);
  }
  console.log(`\n  Portal:  ${config.portalUrl}/   (test-data API at ${config.portalUrl}/__test__/…)`);
  console.log(`  Mailpit: ${config.mailpitUrl}/  (REST API; SMTP on ${config.smtpHost}:${config.smtpPort})\n`);
} catch (error) {
  console.error((error as Error).message);
  stopAll(1);
}
