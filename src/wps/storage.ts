import type { WpsApplication } from './wps-api';

/**
 * What the add-in remembers about a workbook (marks' before-image, the fix undo stack, the template
 * choice), kept in `PluginStorage` under the workbook's full path. PluginStorage lives as long as
 * WPS runs and is shared by the add-in's pages, so closing and reopening the task pane keeps it;
 * quitting WPS does not (the marks themselves stay in the file; 清除标注 then has nothing to restore).
 */
export type StoreKey = 'marks' | 'fix-undo' | 'choice';

export interface WorkbookStore {
  get<T>(key: StoreKey): T | undefined;
  set(key: StoreKey, value: unknown): void;
  remove(key: StoreKey): void;
}

export function workbookStore(app: WpsApplication): WorkbookStore {
  const storageKey = (key: StoreKey): string => `progress-report.${key}:${app.ActiveWorkbook?.FullName ?? ''}`;
  return {
    get<T>(key: StoreKey): T | undefined {
      const raw = app.PluginStorage.getItem(storageKey(key));
      if (!raw) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined; // not ours, or cut short: treated as absent
      }
    },
    set(key, value) {
      app.PluginStorage.setItem(storageKey(key), JSON.stringify(value));
    },
    remove(key) {
      app.PluginStorage.removeItem(storageKey(key));
    },
  };
}
