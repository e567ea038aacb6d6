const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Medusa logs every migration and event at info level; tests only need the errors.
process.env.LOG_LEVEL ??= "error"

// Every test file boots its own MikroORM: stale entity metadata from a previous file breaks it.
MetadataStorage.clear()
