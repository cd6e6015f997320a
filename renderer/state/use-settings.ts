import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { Settings } from '../../electron/model/settings.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { applySettings } from '../settings/apply-settings.ts';

/** The reader's settings, their load state, and a way to change them. */
export interface SettingsState {
  settings: Settings | undefined;
  /** True once loading finished, whether or not it worked. */
  ready: boolean;
  error: string | undefined;
  update: (patch: Partial<Settings>) => void;
}

/** Loads the settings, applies theme and size to the page at once, persists changes and follows other windows. */
export function useSettings(api: OffprintBridge): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string>();
  // While our own changes are on their way, an echo of an earlier one must not undo a later one.
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    api.getSettings({}).then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        setReady(true);
      },
      (failure: unknown) => {
        if (!live) return;
        setError(errorSentence('load your settings', failure));
        setReady(true);
      },
    );
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'settings-changed' && pending.current === 0) setSettings(event.payload);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  useEffect(() => {
    if (settings) applySettings(document.documentElement, settings);
  }, [settings?.theme, settings?.fontSize, settings?.typeface, settings?.lineHeight]);

  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => (current ? { ...current, ...patch } : current));
      pending.current += 1;
      api.updateSettings(patch).then(
        (saved) => {
          pending.current -= 1;
          setError(undefined);
          if (pending.current === 0) setSettings(saved);
        },
        (failure: unknown) => {
          pending.current -= 1;
          setError(errorSentence('save your settings', failure));
        },
      );
    },
    [api],
  );

  return { settings, ready, error, update };
}
