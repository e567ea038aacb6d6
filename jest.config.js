const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * SWC for TypeScript; JSX only in .tsx files (in .ts, `<T>x` is a type assertion). `options`
 * adds to SWC's own (e.g. the e2e suite's module settings).
 */
function swcTransform(options = {}) {
  const swc = (tsx) => [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true, tsx },
        transform: { react: { runtime: "automatic" } },
        target: "es2021",
      },
      ...options,
    },
  ]
  return { "^.+\\.tsx$": swc(true), "^.+\\.[jt]sx?$": swc(false) }
}

// One config, four suites, chosen by TEST_TYPE (the layout Medusa's own plugins use).
const suites = {
  unit: { testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"] },
  "integration:modules": {
    testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
    testPathIgnorePatterns: ["/node_modules/", "\\.unit\\.spec\\."],
    globalSetup: "<rootDir>/integration-tests/database/global-setup.js",
    globalTeardown: "<rootDir>/integration-tests/database/global-teardown.js",
  },
  "integration:http": {
    testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
    globalSetup: "<rootDir>/integration-tests/database/global-setup.js",
    globalTeardown: "<rootDir>/integration-tests/database/global-teardown.js",
  },
  // `npm run test:e2e`: the demo store from scratch and the admin in headless Chromium.
  e2e: {
    testMatch: ["<rootDir>/e2e/**/*.e2e.ts"],
    // Keeps `import()` native, for the ES module helpers (jest runs with --experimental-vm-modules).
    transform: swcTransform({ module: { type: "commonjs", ignoreDynamic: true } }),
    testTimeout: 5 * 60_000,
    // The e2e reads the demo's seed sources; the demo app's installed packages stay invisible.
    modulePathIgnorePatterns: [
      "<rootDir>/.medusa/",
      "<rootDir>/demo/node_modules/",
      "<rootDir>/demo/.medusa/",
      "<rootDir>/demo/.data/",
      "<rootDir>/demo/.plugin/",
    ],
    testPathIgnorePatterns: ["/node_modules/"],
  },
}

const suite = suites[process.env.TEST_TYPE]
if (!suite) {
  throw new Error(`TEST_TYPE must be one of ${Object.keys(suites).join(", ")}`)
}

module.exports = {
  transform: swcTransform(),
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/demo/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/demo/"],
  ...suite,
}
