const { availableParallelism } = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  // Two workers at least: on CI's 2 cores jest's default (cores − 1) runs in band, and the suite took 16
  // of CI's 20 minutes there; much of it waits on LibreOffice and Chromium, which a second worker overlaps.
  // Each worker stays under about 3 GB (test/office/host/execute.test.ts is the largest).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
  // Every message table registered, as the CLI has them (each bundle registers its own: src/data/messages).
  setupFiles: ["<rootDir>/test/setupMessages.ts"],
  // Counts the workbooks validated against the OOXML schemas in a run (test/ooxml/validate.ts).
  globalSetup: "<rootDir>/test/ooxml/globalSetup.js",
  globalTeardown: "<rootDir>/test/ooxml/globalTeardown.js",
};
