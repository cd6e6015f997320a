import type { Settings } from '../../electron/model/settings.ts';
import { fontSizeRange } from '../settings/apply-settings.ts';
import { type BackupChoice, backupChoiceOf, backupSettingFor } from '../settings/backup-choice.ts';

type Theme = Settings['theme'];

const themes: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];

const typefaces: { value: Settings['typeface']; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans' },
];

const spacings: { value: Settings['lineHeight']; label: string }[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'loose', label: 'Loose' },
];

const backupChoices: { value: BackupChoice; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
];

/** The current settings (undefined until loaded) and what a change does. */
export interface SettingsBarProps {
  settings: Settings | undefined;
  onChange: (patch: Partial<Settings>) => void;
}

/** Theme, typeface, line spacing and reading size, applied as soon as they change; and automatic backups. */
export function SettingsBar({ settings, onChange }: SettingsBarProps) {
  const size = settings?.fontSize;
  return (
    <fieldset class="settings-bar">
      <legend class="visually-hidden">Reading settings</legend>
      <SettingSelect
        caption="Theme"
        label="Theme"
        options={themes}
        value={settings?.theme ?? 'system'}
        disabled={!settings}
        onPick={(theme) => onChange({ theme })}
      />
      <SettingSelect
        caption="Typeface"
        label="Typeface"
        options={typefaces}
        value={settings?.typeface ?? 'serif'}
        disabled={!settings}
        onPick={(typeface) => onChange({ typeface })}
      />
      <SettingSelect
        caption="Spacing"
        label="Line spacing"
        options={spacings}
        value={settings?.lineHeight ?? 'comfortable'}
        disabled={!settings}
        onPick={(lineHeight) => onChange({ lineHeight })}
      />
      <SettingSelect
        caption="Backups"
        label="Automatic backups of the whole archive"
        options={
          backupChoiceOf(settings?.autoBackup) === 'custom'
            ? [...backupChoices, { value: 'custom', label: `Every ${settings?.autoBackup?.everyHours} h` }]
            : backupChoices
        }
        value={backupChoiceOf(settings?.autoBackup)}
        disabled={!settings}
        onPick={(choice) => onChange({ autoBackup: backupSettingFor(choice, settings?.autoBackup ?? null) })}
      />
      <div class="size-buttons">
        <button
          type="button"
          aria-label="Smaller text"
          title="Smaller text"
          disabled={size === undefined || size <= fontSizeRange.min}
          onClick={() => size !== undefined && onChange({ fontSize: size - 1 })}
        >
          A−
        </button>
        <button
          type="button"
          aria-label="Larger text"
          title="Larger text"
          disabled={size === undefined || size >= fontSizeRange.max}
          onClick={() => size !== undefined && onChange({ fontSize: size + 1 })}
        >
          A+
        </button>
      </div>
    </fieldset>
  );
}

interface SettingSelectProps<T extends string> {
  caption: string;
  label: string;
  options: { value: T; label: string }[];
  value: T;
  disabled: boolean;
  onPick: (value: T) => void;
}

/** One labelled choice of the settings bar; only values from `options` are ever passed on. */
function SettingSelect<T extends string>({ caption, label, options, value, disabled, onPick }: SettingSelectProps<T>) {
  return (
    <label class="theme-picker">
      <span>{caption}</span>
      <select
        aria-label={label}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const picked = options.find((option) => option.value === event.currentTarget.value);
          if (picked) onPick(picked.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
