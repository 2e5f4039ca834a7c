/** Starts the services of scripts/services.ts as child processes, for scripts that need them outside Playwright. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { SuiteConfig } from '../fixtures/config.js';
import { servicesOfTarget } from './services.js';

export interface RunningService {
  name: string;
  /** The service's own pid (not a shell's): the command is exec'd, so /proc/<pid> is the service. */
  pid: number;
  process: ChildProcess;
}

const HEALTH_TIMEOUT_MS = 30_000;
const HEALTH_POLL_MS = 200;

/** True when the URL answers 2xx now. */
export async function isHealthy(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  );
}

/** Polls `url` until it answers 2xx; bounded by HEALTH_TIMEOUT_MS. */
export async function waitUntilHealthy(url: string, name: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await isHealthy(url)) return;
    await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
  }
  throw new Error(`${name} did not answer ${url} within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/**
 * Starts what a run of `config`'s target needs (Mailpit, the portal and the rehearsal portal on the mock; see
 * servicesOfTarget) and waits until each answers. Throws when one of them already answers
 * (the caller would measure or reuse someone else's process): check with isHealthy first if reuse is fine.
 */
export async function startServices(config: SuiteConfig, stdio: 'inherit' | 'ignore' = 'ignore') {
  const running: RunningService[] = [];
  try {
    for (const service of servicesOfTarget(config)) {
      if (await isHealthy(service.healthUrl)) throw new Error(`${service.name} already answers ${service.healthUrl}`);
      // `exec` so the shell is replaced by the service and the pid is the service's.
      const child = spawn(`exec ${service.command}`, {
        shell: true,
        stdio,
        env: { ...process.env, ...service.env },
      });
      if (child.pid === undefined) throw new Error(`${service.name} did not start`);
      running.push({ name: service.name, pid: child.pid, process: child });
      await waitUntilHealthy(service.healthUrl, service.name);
    }
  } catch (error) {
    stopServices(running);
    throw error;
  }
  return running;
}

export function stopServices(running: readonly RunningService[]): void {
  for (const service of running) service.process.kill('SIGTERM');
}
