/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'acorn';

/** legacy-check.js runs in IE11 and Edge Legacy: plain ES5, a Chinese message there, nothing elsewhere. */
const SOURCE = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'legacy-check.js'), 'utf8');

function runWith(userAgent: string): { legacy: boolean; text: string; hidden: boolean } {
  document.body.innerHTML = '<div id="legacy-message" hidden></div><div id="root"></div>';
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  delete (window as { __progressReportLegacy?: boolean }).__progressReportLegacy;
  window.eval(SOURCE);
  const box = document.getElementById('legacy-message')!;
  return { legacy: (window as { __progressReportLegacy?: boolean }).__progressReportLegacy === true, text: box.textContent ?? '', hidden: box.hasAttribute('hidden') };
}

describe('the legacy webview check', () => {
  it('is ES5', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ['IE11', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'],
    ['Edge Legacy', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041'],
  ])('shows the Chinese message with the browser page on %s', (_name, ua) => {
    const result = runWith(ua);
    expect(result.legacy).toBe(true);
    expect(result.hidden).toBe(false);
    expect(result.text).toMatch(/\p{Script=Han}/u); // a Chinese line, whatever its wording
    expect(result.text).toContain('http://localhost/');
  });

  it('stays out of the way in WebView2 and current browsers', () => {
    const result = runWith('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0');
    expect(result).toEqual({ legacy: false, text: '', hidden: true });
  });
});
