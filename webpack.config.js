/* eslint-disable no-undef */
// The add-in's build, on the pattern of Microsoft's Excel-Custom-Functions-Shared template: one page
// (taskpane.html) runs both the task pane and the custom functions in a shared runtime.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EagerModuleFactoriesPlugin } = require("./tools/eagerModuleFactories");
const { LocalizedFunctionsMetadataPlugin } = require("./tools/localizedFunctionsMetadata");

const urlDev = "https://localhost:3000/";
/** Griffel's loader, told that makeStyles comes from Fluent's package (which re-exports __styles for it). */
const GRIFFEL = { modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }] };
/** The chunks whose common modules make shared.js: the two entries and the functions' implementation. */
const SHARED_CHUNKS = ["taskpane", "functions", "functions-impl"];
// Where the production build is hosted; the manifest's dev URLs are rewritten to it.
const urlProd = process.env.SHOPSHEET_PROD_URL || "https://shopsheet.example.com/";

/**
 * The dev server's certificate. office-addin-dev-certs installs a CA into the system trust store; where
 * that is refused (Linux without sudo prompts, CI), fall back to the certificate files it generated.
 */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const read = (f) => fs.readFileSync(path.join(dir, f));
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    // Chunks load from beside the page (a fixed, relative public path: no document.currentScript needed).
    output: { clean: true, path: path.resolve(__dirname, "dist"), publicPath: "" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true } } },
        // Our makeStyles compiled to CSS at build time, as Fluent's own packages ship theirs (Griffel's
        // "ahead of time" loader, https://www.npmjs.com/package/@griffel/webpack-loader): without it each
        // style object goes through stylis in the page on first use, ~10 ms of the first render (issue 15).
        // It runs after ts-loader (enforce: "post"), on its JavaScript, as Fluent's storybook config does.
        { test: /\.tsx?$/, exclude: /node_modules/, enforce: "post", use: { loader: "@griffel/webpack-loader", options: GRIFFEL } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Its descriptions in English (functions.json, the manifest's default) and Chinese (functions-zh-CN.json,
      // the manifest's zh-CN Override), from the message table: tools/localizedFunctionsMetadata.js says why.
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        messages: "src/data/messages/functionHelp.ts",
        exportName: "functionHelpMessages",
        outputs: { "en-US": "functions.json", "zh-CN": "functions-zh-CN.json" },
      }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"] }),
      // The manifest's SupportUrl and LearnMoreUrl: a static bilingual page, no script.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
      // Each chunk's module factories compiled with their script, off the main thread, as the template's
      // one-bundle code is (issue 15: the pane's first render; tools/eagerModuleFactories.js says why).
      ...(dev ? [] : [new EagerModuleFactoriesPlugin()]),
    ],
    // One page loads both entries (the shared runtime): one webpack runtime for both, so a module they
    // share runs once, and what both use in a chunk of its own ("shared.js"), downloaded once. The pane's
    // later parts (the office commands, the views not shown first) are chunks of their own, loaded on demand;
    // so is the functions' implementation ("functions-impl", src/functions/deferred.ts), whose modules in
    // common with the pane's go to shared.js like the entries' (else they would be downloaded twice).
    optimization: {
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: (chunk) => SHARED_CHUNKS.includes(chunk.name), minChunks: 2, enforce: true, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env && env.WEBPACK_BUILD ? {} : await httpsOptions() },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
