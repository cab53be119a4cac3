/** @type {import('jest').Config} */
module.exports = {
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
