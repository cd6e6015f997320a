import { messageOf } from '../../common/messages.ts';
import {
  type AutoBackupSetting,
  automaticBackupFolder,
  listAutomaticBackups,
  msUntilNextBackup,
  runAutomaticBackup,
} from './backup-schedule.ts';

/** What the timer needs from its host, and the clock it runs on (tests give their own). */
export interface BackupTimerOptions {
  archiveDir: string;
  /** The reader's setting now, or null when automatic backups are off. */
  setting: () => AutoBackupSetting | null;
  /** Runs a backup the way the host runs work it must finish before quitting. */
  track?: <T>(work: Promise<T>) => Promise<T>;
  onFailure: (notice: string) => void;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** After a failed backup, the next try waits this long. */
export const retryAfterMs = 3_600_000;
// Node's timers take at most 2^31 - 1 ms (about 24.8 days); a longer wait is set again when it ends.
const longestTimerMs = 2_147_483_647;

/**
 * Makes the reader's automatic backups while a host runs: the first when one is due, then one every `everyHours`
 * after the newest there is. `reschedule` follows a changed setting; `stop` ends it. A failure is told once in
 * plain words and tried again an hour later.
 */
export function startAutomaticBackups(options: BackupTimerOptions): { reschedule(): Promise<void>; stop(): void } {
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  const track = options.track ?? (<T>(work: Promise<T>) => work);
  let timer: unknown;
  let stopped = false;

  const wait = (ms: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = stopped ? undefined : setTimer(tick, Math.min(Math.max(0, ms), longestTimerMs));
  };
  const reschedule = async () => {
    const setting = options.setting();
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (!setting || stopped) return;
    const folder = automaticBackupFolder(options.archiveDir, setting);
    try {
      const [newest] = await listAutomaticBackups(folder);
      wait(msUntilNextBackup(setting, newest?.createdAt ?? null, now()));
    } catch (error) {
      options.onFailure(
        `The backup folder ${folder} cannot be read (${messageOf(error)}); Offprint tries again in an hour.`,
      );
      wait(retryAfterMs);
    }
  };
  async function tick(): Promise<void> {
    timer = undefined;
    const setting = options.setting();
    if (!setting || stopped) return;
    try {
      await track(runAutomaticBackup(options.archiveDir, setting, { now: now() }));
      await reschedule();
    } catch (error) {
      const reason = messageOf(error).replace(/\.$/, '');
      options.onFailure(`The automatic backup failed (${reason}); Offprint tries again in an hour.`);
      wait(retryAfterMs);
    }
  }

  void reschedule();
  return {
    reschedule,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}
