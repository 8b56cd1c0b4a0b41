// Builds the WPS 加载项 into build/wps/: index.html (the page WPS loads with the add-in; it defines the
// ribbon callbacks), ribbon.xml, taskpane.html (the same React task pane on the WPS host), the icons,
// then the online listing, the publish page and the offline folder (scripts/wps-package.js).
// WPS_BASE_URL is where the office's web server serves build/wps/ (default http://localhost:3000/wps/).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { writeWpsPackage } = require('./scripts/wps-package');
const { version } = require('./package.json');

const OUT = path.resolve(__dirname, 'build', 'wps');

module.exports = (_env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = process.env.WPS_BASE_URL || 'http://localhost:3000/wps/';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { 'wps-taskpane': './src/wps/taskpane.tsx', 'wps-ribbon': './src/wps/ribbon-entry.ts' },
    output: { path: OUT, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true, publicPath: 'auto' },
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: { exceljs$: 'exceljs/dist/exceljs.min.js' } },
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
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/taskpane.html', chunks: ['wps-taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['wps-ribbon'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/*.png', to: 'images/[name][ext]' },
        ],
      }),
      { apply: (compiler) => compiler.hooks.afterEmit.tap('wps-package', () => writeWpsPackage({ outDir: OUT, baseUrl, version })) },
    ],
  };
};
