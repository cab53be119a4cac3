/* eslint-disable no-undef */
// The template pane (./App.tsx) built as the add-in is built (../../webpack.config.js): production
// mode, the same loader and TypeScript settings, the same HTML plugin and the same eager module factories
// (../../tools/eagerModuleFactories.js); one entry, no custom functions.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EagerModuleFactoriesPlugin } = require("../../tools/eagerModuleFactories");
const root = path.resolve(__dirname, "../..");
const GRIFFEL = { modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }] };

module.exports = {
  mode: "production",
  context: root,
  entry: { taskpane: "./bench/templatePane/index.tsx" },
  output: { clean: true, path: path.resolve(root, "dist-template") },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true } } },
      // As the add-in's build: makeStyles compiled at build time (../../webpack.config.js).
      { test: /\.tsx?$/, exclude: /node_modules/, enforce: "post", use: { loader: "@griffel/webpack-loader", options: GRIFFEL } },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./bench/templatePane/taskpane.html", chunks: ["taskpane"] }),
    new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-80.png", to: "assets/[name][ext]" }] }),
    // As the add-in's production build; the template's one bundle has no module factory for it to wrap.
    new EagerModuleFactoriesPlugin(),
  ],
  performance: { hints: false },
};
