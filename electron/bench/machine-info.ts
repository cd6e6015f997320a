import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { MachineInfo } from './bench-results.ts';

/** Describes this computer and the file system that holds `dir` (from `df -T`, where it exists). */
export function describeMachine(dir: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    tempDir: dir,
    fileSystem: fileSystemOf(dir),
  };
}

function fileSystemOf(dir: string): string {
  try {
    const line = execFileSync('df', ['-T', dir], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
    const [device, type, , , , , mount] = line.split(/\s+/);
    return type ? `${type} (${device} on ${mount})` : 'unknown';
  } catch {
    return 'unknown (df -T is not available)';
  }
}
