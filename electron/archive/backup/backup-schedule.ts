import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { type BackupResult, writeArchiveBackup } from './archive-backup.ts';

/** The reader's automatic backups: one every `everyHours`, the newest `keep` kept, in `folder` (or the default). */
export interface AutoBackupSetting {
  everyHours: number;
  keep: number;
  folder?: string;
}

/** One automatic backup found in its folder. */
export interface AutomaticBackup {
  name: string;
  createdAt: Date;
}

const namePattern = /^offprint-auto-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar\.gz$/;

/** Where automatic backups go unless the reader chose a folder: beside the archive, never inside it. */
export function automaticBackupFolder(archiveDir: string, setting: AutoBackupSetting): string {
  if (setting.folder) return path.resolve(setting.folder);
  const archive = path.resolve(archiveDir);
  return path.join(path.dirname(archive), `${path.basename(archive)}-backups`);
}

/** The file name of an automatic backup made at `now`: `offprint-auto-YYYYMMDDTHHMMSSZ.tar.gz`, in UTC. */
export function automaticBackupName(now: Date): string {
  return `offprint-auto-${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z.tar.gz`;
}

/** When an automatic backup name says it was made, or null for any other file. */
export function readAutomaticBackupName(name: string): Date | null {
  const [, y, mo, d, h, mi, s] = name.match(namePattern) ?? [];
  if (!y) return null;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The automatic backups in `folder`, newest first; other files are ignored, a missing folder holds none. */
export async function listAutomaticBackups(folder: string): Promise<AutomaticBackup[]> {
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names
    .map((name) => ({ name, createdAt: readAutomaticBackupName(name) }))
    .filter((backup): backup is AutomaticBackup => backup.createdAt !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Whether a backup is due at `now`: none made yet, or the newest is `everyHours` old (or from the future). */
export function isBackupDue(setting: AutoBackupSetting, newest: Date | null, now: Date): boolean {
  if (!newest) return true;
  const age = now.getTime() - newest.getTime();
  return age < 0 || age >= setting.everyHours * 3_600_000;
}

/** How long until the next backup is due at `now`, in milliseconds (0 when due). */
export function msUntilNextBackup(setting: AutoBackupSetting, newest: Date | null, now: Date): number {
  if (!newest || isBackupDue(setting, newest, now)) return 0;
  return newest.getTime() + setting.everyHours * 3_600_000 - now.getTime();
}

/** The backups to delete so that only the newest `keep` stay (`backups` newest first). */
export function backupsToRemove(backups: readonly AutomaticBackup[], keep: number): AutomaticBackup[] {
  return backups.slice(Math.max(1, keep));
}

/**
 * Makes the automatic backup when one is due: writes it (the caller holds the archive), then deletes the oldest
 * beyond `keep`. Answers the backup written and the names removed, or null when none was due.
 */
export async function runAutomaticBackup(
  archiveDir: string,
  setting: AutoBackupSetting,
  options: { now?: Date; appVersion?: string } = {},
): Promise<{ backup: BackupResult; removed: string[] } | null> {
  const now = options.now ?? new Date();
  const folder = automaticBackupFolder(archiveDir, setting);
  const [newest] = await listAutomaticBackups(folder);
  if (!isBackupDue(setting, newest?.createdAt ?? null, now)) return null;
  await mkdir(folder, { recursive: true });
  const backup = await writeArchiveBackup(archiveDir, path.join(folder, automaticBackupName(now)), {
    appVersion: options.appVersion,
    now,
  });
  const old = backupsToRemove(await listAutomaticBackups(folder), setting.keep);
  await Promise.all(old.map((stale) => rm(path.join(folder, stale.name), { force: true })));
  return { backup, removed: old.map((stale) => stale.name) };
}
