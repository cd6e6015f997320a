import type { Settings } from '../../electron/api/contract.ts';
import { fontSizeRange } from '../settings/apply-settings.ts';

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

/** The current settings (undefined until loaded) and what a change does. */
export interface SettingsBarProps {
  settings: Settings | undefined;
  onChange: (patch: Partial<Settings>) => void;
}

/** Theme, typeface, line spacing and reading size, applied as soon as they change. */
export function SettingsBar({ settings, onChange }: SettingsBarProps) {
  const size = settings?.fontSize;
  const pickTheme = (value: string) => {
    const theme = themes.find((option) => option.value === value)?.value;
    if (theme) onChange({ theme });
  };
  const pickTypeface = (value: string) => {
    const typeface = typefaces.find((option) => option.value === value)?.value;
    if (typeface) onChange({ typeface });
  };
  const pickSpacing = (value: string) => {
    const lineHeight = spacings.find((option) => option.value === value)?.value;
    if (lineHeight) onChange({ lineHeight });
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
      <label class="theme-picker">
        <span>Typeface</span>
        <select
          aria-label="Typeface"
          value={settings?.typeface ?? 'serif'}
          disabled={!settings}
          onChange={(event) => pickTypeface(event.currentTarget.value)}
        >
          {typefaces.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label class="theme-picker">
        <span>Spacing</span>
        <select
          aria-label="Line spacing"
          value={settings?.lineHeight ?? 'comfortable'}
          disabled={!settings}
          onChange={(event) => pickSpacing(event.currentTarget.value)}
        >
          {spacings.map((option) => (
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
