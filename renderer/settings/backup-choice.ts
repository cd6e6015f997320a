import type { Settings } from '../../electron/model/settings.ts';

/** The automatic backup choices the settings bar offers. */
export type BackupChoice = 'off' | 'daily' | 'weekly' | 'custom';

const plans: Record<'daily' | 'weekly', NonNullable<Settings['autoBackup']>> = {
  daily: { everyHours: 24, keep: 7 },
  weekly: { everyHours: 168, keep: 8 },
};

/** Which choice a setting is: off, daily, weekly, or one the reader wrote into settings.json by hand. */
export function backupChoiceOf(setting: Settings['autoBackup'] | undefined): BackupChoice {
  if (!setting) return 'off';
  if (setting.everyHours === 24) return 'daily';
  if (setting.everyHours === 168) return 'weekly';
  return 'custom';
}

/** The setting a choice stands for; a folder the reader chose is kept. `custom` keeps the setting as it is. */
export function backupSettingFor(choice: BackupChoice, current: Settings['autoBackup']): Settings['autoBackup'] {
  if (choice === 'off') return null;
  if (choice === 'custom') return current;
  const plan = plans[choice];
  return current?.folder ? { ...plan, folder: current.folder } : plan;
}
