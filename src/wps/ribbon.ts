import type { WpsGlobal, WpsTaskPane } from './wps-api';
import { MSO_CTP_DOCK_POSITION_RIGHT } from './wps-api';

/**
 * The callbacks `ribbon.xml` names. WPS loads the add-in's `index.html` (hidden) when it starts,
 * reads `ribbon.xml` and calls these functions by name on that page's `window`: `onLoad` once,
 * `onAction` with the clicked control (its `Id`), `getImage` for each button's icon
 * (juejin.cn/post/7539134398827905024, jishuzhan.net/article/1957006976491237377).
 * Both buttons open the one task pane (made once, found again by the ID kept in PluginStorage)
 * on their tab.
 */
export const PANE_ID_KEY = 'progress-report.taskpane-id';
export const PANE_TITLE = '进展报表助手';
export const BUTTON_TABS: Readonly<Record<string, 'validate' | 'merge'>> = { btnValidate: 'validate', btnMerge: 'merge' };
const BUTTON_IMAGES: Readonly<Record<string, string>> = { btnValidate: 'images/icon-64.png', btnMerge: 'images/icon-64.png' };

export interface RibbonControl {
  Id: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  OnGetEnabled(control: RibbonControl): boolean;
}

/** The names `ribbon.xml` may use; the package test checks the XML against this list. */
export const CALLBACK_NAMES: readonly (keyof RibbonCallbacks)[] = ['OnAddinLoad', 'OnAction', 'GetImage', 'OnGetEnabled'];

export function ribbonCallbacks(api: WpsGlobal, pageUrl: string): RibbonCallbacks {
  const paneUrl = (tab: string): string => new URL(`taskpane.html?tab=${tab}`, pageUrl).href;

  const existingPane = (): WpsTaskPane | undefined => {
    const id = Number(api.PluginStorage.getItem(PANE_ID_KEY));
    if (!id) return undefined;
    try {
      return api.GetTaskPane(id);
    } catch {
      return undefined; // closed for good: a new one is made
    }
  };

  const showPane = (tab: string): void => {
    let pane = existingPane();
    if (pane) pane.Navigate(paneUrl(tab));
    else {
      pane = api.CreateTaskPane(paneUrl(tab), PANE_TITLE);
      api.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
      pane.DockPosition = MSO_CTP_DOCK_POSITION_RIGHT;
    }
    pane.Visible = true;
  };

  return {
    OnAddinLoad: () => true,
    OnAction(control) {
      const tab = BUTTON_TABS[control.Id];
      if (tab) showPane(tab);
      return true;
    },
    GetImage: (control) => BUTTON_IMAGES[control.Id] ?? 'images/icon-32.png',
    OnGetEnabled: () => true,
  };
}
