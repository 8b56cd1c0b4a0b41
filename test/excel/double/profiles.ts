/**
 * The Excel builds the adapter is tested against. `excelApi` is what the host answers to
 * `isSetSupported('ExcelApi', x)`; `officeJs` is the office.js the page loaded: `cdn` (Microsoft's
 * production CDN, every member) or `npm` (the @microsoft/office-js package, whose host files stop at
 * about ExcelApi 1.15: members above it are absent from the prototypes although the host supports them).
 */
export type Platform = 'web' | 'windows' | 'mac';
export type OfficeJsSource = 'cdn' | 'npm';

export interface HostProfile {
  name: string;
  excelApi: '1.8' | '1.12' | '1.17' | '1.18';
  platform: Platform;
  officeJs: OfficeJsSource;
}

/** The last ExcelApi whose members the npm package's host files carry. */
export const NPM_OFFICE_JS_LAST_SET = '1.15';

export const PROFILES: readonly HostProfile[] = [
  { name: 'Office 2019 retail (ExcelApi 1.8, Windows)', excelApi: '1.8', platform: 'windows', officeJs: 'cdn' },
  { name: 'Office 2021 Mac (ExcelApi 1.12)', excelApi: '1.12', platform: 'mac', officeJs: 'cdn' },
  { name: 'Excel on the web (ExcelApi 1.17)', excelApi: '1.17', platform: 'web', officeJs: 'cdn' },
  { name: 'Microsoft 365 Windows (ExcelApi 1.18, CDN office.js)', excelApi: '1.18', platform: 'windows', officeJs: 'cdn' },
  { name: 'Microsoft 365 Windows (ExcelApi 1.18, npm office.js without notes)', excelApi: '1.18', platform: 'windows', officeJs: 'npm' },
  { name: 'Microsoft 365 Mac (ExcelApi 1.18, CDN office.js)', excelApi: '1.18', platform: 'mac', officeJs: 'cdn' },
  { name: 'Excel on the web (ExcelApi 1.18, CDN office.js)', excelApi: '1.18', platform: 'web', officeJs: 'cdn' },
];

export function profile(excelApi: HostProfile['excelApi'], platform: Platform = 'windows', officeJs: OfficeJsSource = 'cdn'): HostProfile {
  return { name: `ExcelApi ${excelApi} ${platform} ${officeJs}`, excelApi, platform, officeJs };
}
