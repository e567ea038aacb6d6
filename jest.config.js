const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// One config, three suites, chosen by TEST_TYPE (the layout Medusa's own plugins use).
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
}

const suite = suites[process.env.TEST_TYPE]
if (!suite) {
  throw new Error(`TEST_TYPE must be one of ${Object.keys(suites).join(", ")}`)
}

/** SWC for TypeScript; JSX only in .tsx files (in .ts, `<T>x` is a type assertion). */
const swc = (tsx) => [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true, tsx },
      transform: { react: { runtime: "automatic" } },
      target: "es2021",
    },
  },
]

module.exports = {
  transform: {
    "^.+\\.tsx$": swc(true),
    "^.+\\.[jt]sx?$": swc(false),
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/demo/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/demo/"],
  ...suite,
}
