import { Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { group } from '../core/checked';

/** The theme follows Office (its body background) or, in a browser, the system's colour scheme. */
export function isDark(hexColour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColour ?? '');
  if (!m) return false;
  const channel = (index: number): number => parseInt(group(m, index), 16) / 255;
  return 0.2126 * channel(1) + 0.7152 * channel(2) + 0.0722 * channel(3) < 0.5;
}

export function officeTheme(): Theme {
  const background = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  return isDark(background) ? webDarkTheme : webLightTheme;
}

export function browserTheme(): Theme {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? webDarkTheme : webLightTheme;
}
