// Builds the add-in: taskpane.html (React task pane), commands.html, help.html, the icons,
// legacy-check.js, and manifest.xml with every URL taken from one setting, ADDIN_BASE_URL (default
// https://localhost:3000 for development). office.js comes from the source OFFICE_JS names
// (scripts/office-js-source.js: Microsoft's CDN by default); only OFFICE_JS=self copies its files here.
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { officeJsSource } = require('./scripts/office-js-source');

const DEV_URL = 'https://localhost:3000';
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** office.js, the Excel host scripts and the two locales the add-in speaks; no telemetry folders. */
const OFFICE_FILES = ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel-*.js', 'excelwebapp-*.js', 'excelios-*.js', 'zh-cn/**', 'en-us/**'];

/** The dev certificates when valid (scripts/dev-certs.js makes them); undefined otherwise. */
function devCertificates() {
  const { certificateState, CERT_FILES } = require('./scripts/dev-certs');
  if (certificateState() !== 'valid') return undefined;
  const [ca, cert, key] = CERT_FILES.map((f) => fs.readFileSync(f));
  return { key, cert, ca };
}

/** https with valid certificates; http only when asked for (`--env http`), never as a quiet fallback. */
function devServer(env, certs) {
  if (env.http) return 'http';
  if (!certs) throw new Error('没有有效的开发证书：manifest 使用 https，不能用 http 提供。请先运行 node scripts/dev-certs.js，或用 --env http 仅供浏览器页面使用。');
  return { type: 'https', options: certs };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = (process.env.ADDIN_BASE_URL || DEV_URL).replace(/\/$/, '');
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const certs = serving ? devCertificates() : undefined;
  const officeJs = officeJsSource(env.officeJs || process.env.OFFICE_JS || 'cdn');
  const page = { officeJs: officeJs.url, csp: officeJs.csp };
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: { path: path.resolve(__dirname, 'build'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: { keep: /^wps\// }, publicPath: 'auto' },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS ships a browser build; the Node entry would pull in Node built-ins
      alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: !production } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: { splitChunks: { cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true } } } },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], ...page }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], ...page }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: '[path][name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // ES5 as written: `minimized` keeps the minifier (and its modern output) off it
          { from: 'src/taskpane/legacy-check.js', to: 'legacy-check.js', info: { minimized: true } },
          // OFFICE_JS=self only, copied as Microsoft ships them
          ...(officeJs.selfHosted
            ? OFFICE_FILES.map((pattern) => ({ from: pattern, context: OFFICE_JS, to: 'office-js/', globOptions: { ignore: ['**/*.debug.js'] }, info: { minimized: true } }))
            : []),
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_URL).join(baseUrl) },
        ],
      }),
    ],
    devServer: {
      static: false,
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      ...(serving ? { server: devServer(env, certs) } : {}),
      client: { overlay: false },
      open: false,
    },
  };
};
