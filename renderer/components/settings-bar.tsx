import type { Settings } from '../../electron/api/contract.ts';
import { fontSizeRange } from '../settings/apply-settings.ts';

type Theme = Settings['theme'];

const themes: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
];

/** The current settings (undefined until loaded) and what a change does. */
export interface SettingsBarProps {
  settings: Settings | undefined;
  onChange: (patch: Partial<Settings>) => void;
}

/** Theme and reading size, applied as soon as they change. */
export function SettingsBar({ settings, onChange }: SettingsBarProps) {
  const size = settings?.fontSize;
  const pickTheme = (value: string) => {
    const theme = themes.find((option) => option.value === value)?.value;
    if (theme) onChange({ theme });
  };
  return (
    <fieldset class="settings-bar">
      <legend class="visually-hidden">Reading settings</legend>
      <label class="theme-picker">
        <span>Theme</span>
        <select
          aria-label="Theme"
          value={settings?.theme ?? 'system'}
          disabled={!settings}
          onChange={(event) => pickTheme(event.currentTarget.value)}
        >
          {themes.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
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
