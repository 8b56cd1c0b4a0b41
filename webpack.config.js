// Builds the add-in: taskpane.html (React task pane), commands.html, help.html, the icons, the
// office.js files Excel needs (served from our own origin), and manifest.xml with every URL
// taken from one setting, ADDIN_BASE_URL (default https://localhost:3000 for development).
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** office.js, the Excel host scripts and the two locales the add-in speaks; no telemetry folders. */
const OFFICE_FILES = ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel-*.js', 'excelwebapp-*.js', 'excelios-*.js', 'zh-cn/**', 'en-us/**'];

function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: path.join(dir, 'localhost.key'), cert: path.join(dir, 'localhost.crt'), ca: path.join(dir, 'ca.crt') };
  if (!Object.values(files).every((f) => fs.existsSync(f))) return undefined;
  return { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert), ca: fs.readFileSync(files.ca) };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = (process.env.ADDIN_BASE_URL || DEV_URL).replace(/\/$/, '');
  const certs = devCertificates();
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: { path: path.resolve(__dirname, 'build'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true, publicPath: 'auto' },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS ships a browser build; the Node entry would pull in Node built-ins
      alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
    },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: !production } } } }],
    },
    performance: { hints: false },
    optimization: { splitChunks: { cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true } } } },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: '[path][name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // copied as Microsoft ships them: `minimized` keeps the minifier off these files
          ...OFFICE_FILES.map((pattern) => ({ from: pattern, context: OFFICE_JS, to: 'office-js/', globOptions: { ignore: ['**/*.debug.js'] }, info: { minimized: true } })),
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_URL).join(baseUrl) },
        ],
      }),
    ],
    devServer: {
      static: false,
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.http || !certs ? 'http' : { type: 'https', options: certs },
      client: { overlay: false },
      open: false,
    },
  };
};
